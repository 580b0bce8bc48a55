import { createInflateRaw } from 'node:zlib';
import { ImportFileError } from './import-file-error.ts';

/**
 * Limits for an XLSX (a zip of XML files). A real product sheet of 20,000 rows is ~10–40 MB of
 * XML in ~15 entries; 100 MB and 1,000 entries leave room for that and refuse zip bombs (a
 * 0.5 MB file that inflates to 500 MB) and archives of 100,000 entries before anything is parsed.
 */
export const zipLimits = {
  maxEntries: 1_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
} as const;

export type ZipEntry = {
  name: string;
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's (compressed) data starts and ends in the file. */
  dataStart: number;
  dataEnd: number;
};

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const damaged = (en: string) =>
  new ImportFileError(
    {
      vi: 'Tệp Excel bị hỏng hoặc không đọc được (cấu trúc zip không hợp lệ). Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.',
      en: 'The Excel file is damaged or unreadable (invalid zip structure). Open it in Excel and save it again as .xlsx.',
    },
    en,
  );

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Reads the zip's central directory — only its headers, nothing is inflated — and refuses what
 * no spreadsheet needs: more than `maxEntries` entries, a declared uncompressed total over
 * `maxUncompressedBytes`, encryption, ZIP64, methods other than stored/deflate, entries whose
 * data lies outside the file. Cheap enough to run on upload.
 * @see https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.12, 4.3.16)
 */
export function inspectZip(buffer: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) {
    throw damaged('end of central directory not found (truncated or not a zip)');
  }
  if (eocd >= 20 && buffer.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR) {
    throw damaged('ZIP64 archives are not accepted');
  }
  const disk = buffer.readUInt16LE(eocd + 4);
  const cdDisk = buffer.readUInt16LE(eocd + 6);
  const entriesOnDisk = buffer.readUInt16LE(eocd + 8);
  const entryCount = buffer.readUInt16LE(eocd + 10);
  const cdSize = buffer.readUInt32LE(eocd + 12);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entryCount) {
    throw damaged('multi-disk archives are not accepted');
  }
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw damaged('ZIP64 archives are not accepted');
  }
  if (entryCount > zipLimits.maxEntries) {
    throw tooManyEntries(entryCount);
  }
  if (cdOffset + cdSize > eocd) {
    throw damaged('central directory outside the file');
  }

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declaredTotal = 0;
  let at = cdOffset;
  for (let i = 0; i < entryCount; i += 1) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== SIG_CENTRAL) {
      throw damaged('bad central directory record');
    }
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc32 = buffer.readUInt32LE(at + 16);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const uncompressedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > eocd) {
      throw damaged('bad central directory record');
    }
    const nameBytes = buffer.subarray(at + 46, nameEnd);
    const name = nameBytes.toString('utf8');
    at = nameEnd + extraLength + commentLength;

    if (flags & 0x1) {
      throw new ImportFileError(
        {
          vi: 'Tệp Excel được đặt mật khẩu; hãy bỏ mật khẩu rồi tải lên lại.',
          en: 'The Excel file is password-protected; remove the password and upload it again.',
        },
        'encrypted entry',
      );
    }
    if (method !== 0 && method !== 8) {
      throw damaged(`unsupported compression method ${method}`);
    }
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localOffset === 0xffffffff
    ) {
      throw damaged('ZIP64 archives are not accepted');
    }
    if (method === 0 && compressedSize !== uncompressedSize) {
      throw damaged('stored entry with mismatched sizes');
    }
    if (names.has(name)) {
      throw damaged('duplicate entry name');
    }
    names.add(name);
    declaredTotal += uncompressedSize;
    if (declaredTotal > zipLimits.maxUncompressedBytes) {
      throw tooLarge();
    }

    // The local header repeats the name; its own extra field may differ in length.
    if (localOffset + 30 > cdOffset || buffer.readUInt32LE(localOffset) !== SIG_LOCAL) {
      throw damaged('bad local header');
    }
    const localMethod = buffer.readUInt16LE(localOffset + 8);
    const localNameLength = buffer.readUInt16LE(localOffset + 26);
    const localExtraLength = buffer.readUInt16LE(localOffset + 28);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (
      localMethod !== method ||
      localNameLength !== nameLength ||
      !buffer.subarray(localOffset + 30, localOffset + 30 + localNameLength).equals(nameBytes) ||
      dataEnd > cdOffset
    ) {
      throw damaged('local header disagrees with the central directory');
    }
    entries.push({ name, method, crc32, compressedSize, uncompressedSize, dataStart, dataEnd });
  }
  return entries;
}

/**
 * Inflates every entry, counting bytes and keeping none, and stops at the first byte past what
 * the central directory declared: headers that lie about sizes cannot smuggle in a bomb. Memory
 * stays flat (one 64 KiB chunk at a time); CPU is bounded by `maxUncompressedBytes`.
 */
export async function verifyZipEntries(buffer: Buffer, entries: ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    const data = buffer.subarray(entry.dataStart, entry.dataEnd);
    const size =
      entry.method === 0 ? data.length : await inflatedSize(data, entry.uncompressedSize);
    if (size !== entry.uncompressedSize) {
      throw damaged(`entry ${entry.name} inflates to a size other than declared`);
    }
  }
}

/**
 * An entry's bytes, inflated as they are read (never more than the verified size), in chunks
 * that end on whole UTF-8 characters: an XML parser that decodes chunk by chunk then never
 * sees half a character. Stopping early (breaking out of the loop) stops the inflation.
 */
export async function* entryText(buffer: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = buffer.subarray(entry.dataStart, entry.dataEnd);
  let source: AsyncIterable<Buffer>;
  let inflater: ReturnType<typeof createInflateRaw> | undefined;
  if (entry.method === 0) {
    source = (async function* () {
      for (let at = 0; at < data.length; at += 64 * 1024) {
        yield data.subarray(at, at + 64 * 1024);
      }
    })();
  } else {
    inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.end(data);
    source = inflater;
  }
  let carry: Buffer | undefined;
  let total = 0;
  try {
    for await (const piece of source) {
      total += piece.length;
      if (total > entry.uncompressedSize) {
        throw damaged(`entry ${entry.name} inflates past its declared size`);
      }
      const chunk = carry ? Buffer.concat([carry, piece]) : piece;
      const end = wholeCharactersEnd(chunk);
      carry = end < chunk.length ? chunk.subarray(end) : undefined;
      if (end > 0) {
        yield chunk.subarray(0, end);
      }
    }
  } catch (err) {
    if (err instanceof ImportFileError) {
      throw err;
    }
    throw damaged('corrupt compressed data');
  } finally {
    inflater?.destroy();
  }
  if (carry) {
    yield carry; // an incomplete character at the very end: let the parser decide
  }
}

/** Where the last complete UTF-8 character of `chunk` ends. */
function wholeCharactersEnd(chunk: Buffer): number {
  for (let i = chunk.length - 1, seen = 1; i >= 0 && seen <= 4; i -= 1, seen += 1) {
    const byte = chunk[i]!;
    if ((byte & 0xc0) === 0x80) {
      continue; // a continuation byte: look further back for the lead byte
    }
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return seen >= length ? chunk.length : i;
  }
  return chunk.length;
}

/** The last end-of-central-directory record whose comment runs exactly to the end of the file. */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= earliest; at -= 1) {
    if (
      buffer.readUInt32LE(at) === SIG_EOCD &&
      at + 22 + buffer.readUInt16LE(at + 20) === buffer.length
    ) {
      return at;
    }
  }
  return -1;
}

function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let settled = false;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit && !settled) {
        settled = true;
        inflater.destroy();
        resolve(total);
      }
    });
    inflater.on('end', () => {
      if (!settled) {
        settled = true;
        resolve(total);
      }
    });
    inflater.on('error', () => {
      if (!settled) {
        settled = true;
        reject(damaged('corrupt compressed data'));
      }
    });
    inflater.end(data);
  });
}

function tooManyEntries(count: number) {
  return new ImportFileError(
    {
      vi: `Tệp Excel có ${count} thành phần bên trong, vượt giới hạn ${zipLimits.maxEntries}; đây không phải một bảng tính thông thường.`,
      en: `The Excel file holds ${count} internal entries, over the limit of ${zipLimits.maxEntries}; this is not an ordinary spreadsheet.`,
    },
    'too many zip entries',
  );
}

function tooLarge() {
  return new ImportFileError(
    {
      vi: `Tệp Excel khi giải nén vượt quá ${mb(zipLimits.maxUncompressedBytes)} MB; hãy chia thành nhiều tệp nhỏ hơn.`,
      en: `The Excel file expands to more than ${mb(zipLimits.maxUncompressedBytes)} MB; split it into smaller files.`,
    },
    'uncompressed size over the limit',
  );
}
