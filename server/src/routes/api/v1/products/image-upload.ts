import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppError, fieldError } from '../../../../lib/errors.ts';

/**
 * Multipart limits of an upload route. Everything beyond them is refused while the body is
 * still arriving: the file is never buffered past `maxBytes`, and a form never has more than a
 * handful of parts. Fields other than the file are allowed (a few, small) and ignored.
 */
export function uploadLimits(maxBytes: number) {
  return {
    fileSize: maxBytes,
    files: 1,
    fields: 4,
    parts: 5,
    fieldSize: 1024,
    fieldNameSize: 100,
    headerPairs: 20,
  };
}

/** Room for the multipart framing around the file: boundaries, part headers, a few small fields. */
const FORM_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`,
    {
      data: { maxBytes },
    },
  );

const oneFile = (field: string) =>
  fieldError('VALIDATION_FAILED', field, {
    vi: `Hãy gửi đúng một tệp trong trường \`${field}\``,
    en: `Send exactly one file, in the field \`${field}\``,
  });

/**
 * Buffers one file part, failing as soon as busboy reports the size limit — without waiting
 * for the rest of the part (which could be a 100 MB stream) to go by. Async iteration also
 * surfaces a stream that was already destroyed (a body cut short) instead of waiting forever.
 */
async function readFile(part: MultipartFile, maxBytes: number): Promise<Buffer> {
  const file = part.file as Readable & { truncated?: boolean };
  if (file.truncated) {
    throw tooLarge(maxBytes);
  }
  file.once('limit', () => file.destroy(tooLarge(maxBytes)));
  const chunks: Buffer[] = [];
  for await (const chunk of file) {
    chunks.push(chunk as Buffer);
  }
  if (file.truncated) {
    throw tooLarge(maxBytes);
  }
  return Buffer.concat(chunks);
}

/** @fastify/multipart and busboy errors as our problem codes; a malformed body is the client's 400, never a 500. */
function toUploadError(err: unknown, field: string, maxBytes: number): unknown {
  if (err instanceof AppError) {
    return err;
  }
  switch ((err as { code?: string }).code ?? '') {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return oneFile(field);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', 'The form has too many fields: send only the file');
    case 'FST_PROTO_VIOLATION':
      return new AppError(
        'VALIDATION_FAILED',
        'A form field may not be named like an object prototype property',
      );
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `Send the file as multipart/form-data, in the field \`${field}\``,
      );
    default:
      return new AppError('VALIDATION_FAILED', 'The multipart body is malformed or was cut short');
  }
}

/**
 * Reads the one file of a multipart upload from `field`. Refuses with problem details: a body
 * that is not multipart (415), no file or a second file (400), a file over `maxBytes` (413,
 * raised the moment the limit is crossed), too many fields (413), a malformed body (400).
 */
export async function readSingleUpload(
  request: FastifyRequest,
  options: { field: string; maxBytes: number },
): Promise<Buffer> {
  const { field, maxBytes } = options;
  if (!request.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the file as multipart/form-data, in the field \`${field}\``,
    );
  }
  // A declared length that cannot fit is refused before a byte of the body is read. Chunked
  // bodies (no length) are cut off by the streaming limit instead.
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes + FORM_OVERHEAD) {
    throw tooLarge(maxBytes);
  }
  let upload: Buffer | undefined;
  try {
    for await (const part of request.parts({ limits: uploadLimits(maxBytes) })) {
      if (part.type !== 'file') {
        continue;
      }
      if (part.fieldname !== field || upload !== undefined) {
        part.file.resume();
        throw oneFile(field);
      }
      upload = await readFile(part, maxBytes);
    }
  } catch (err) {
    throw toUploadError(err, field, maxBytes);
  }
  if (upload === undefined) {
    throw oneFile(field);
  }
  return upload;
}

/**
 * One upload on one request. `read` is handed to the service, which calls it only once the
 * upload is allowed. After a refusal, `shouldClose` says whether the rest of the body must be
 * cut off by closing the connection: when parsing had begun (it stopped mid-body, and nothing
 * would read the rest) or when the declared body is too big to be worth draining. A small
 * body refused before it was read (404, 403, 409) is drained by Node instead, so the client
 * reliably gets the answer and keeps its connection.
 */
export function singleUpload(
  request: FastifyRequest,
  options: { field: string; maxBytes: number },
) {
  let started = false;
  return {
    read: () => {
      started = true;
      return readSingleUpload(request, options);
    },
    shouldClose: () => {
      const declared = Number(request.headers['content-length'] ?? Number.NaN);
      const fits = Number.isFinite(declared) && declared <= options.maxBytes + FORM_OVERHEAD;
      return !request.raw.complete && (started || !fits);
    },
  };
}
