import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import {
  IdParamsSchema,
  ImportPageSchema,
  ImportSchema,
  ListImportsQuerySchema,
  type Locale,
} from '@ketnoi/shared';
import { AppError, fieldError } from '../../../../lib/errors.ts';
import { localeFromHeader } from '../../../../lib/locale.ts';
import { MAX_IMPORT_BYTES } from '../../../../modules/imports/import-upload.ts';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

const FIELD = 'file';
/** One file part and at most a few small fields; anything more is refused while it arrives. */
const limits = {
  fileSize: MAX_IMPORT_BYTES,
  files: 1,
  fields: 4,
  parts: 5,
  fieldSize: 1024,
  fieldNameSize: 100,
  headerPairs: 20,
};

/** Room for the multipart framing around the file: boundaries, part headers, a few small fields. */
const FORM_OVERHEAD = 64 * 1024;

const tooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB`,
    {
      errors: [
        {
          path: '/file',
          message: {
            vi: `Tệp lớn hơn ${MAX_IMPORT_BYTES / (1024 * 1024)} MB; hãy chia thành nhiều tệp.`,
            en: `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB; split it into several files.`,
          },
        },
      ],
    },
  );
const oneFile = () =>
  fieldError('VALIDATION_FAILED', `/${FIELD}`, {
    vi: `Hãy gửi đúng một tệp trong trường "${FIELD}"`,
    en: `Send exactly one file, in the field "${FIELD}"`,
  });

/** multipart and busboy errors as problem codes: a malformed body is the client's 4xx, never a 500. */
function uploadError(err: unknown): unknown {
  if (err instanceof AppError) {
    return err;
  }
  switch ((err as { code?: string }).code ?? '') {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge();
    case 'FST_FILES_LIMIT':
      return oneFile();
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', 'The form has too many fields: send only the file');
    case 'FST_PROTO_VIOLATION':
      return new AppError(
        'VALIDATION_FAILED',
        'A form field may not be named like an object prototype property',
      );
    default:
      return new AppError('VALIDATION_FAILED', 'The multipart body is malformed or was cut short');
  }
}

/**
 * The one file of the upload and its name. Fails with 413 the moment the size limit is crossed,
 * without reading the rest of the body.
 */
async function readUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the file as multipart/form-data, in the field "${FIELD}"`,
    );
  }
  // A declared length that cannot fit is refused before a byte of the body is read (RELIABILITY
  // U2); chunked bodies are cut off by the streaming limit instead.
  if (Number(request.headers['content-length'] ?? Number.NaN) > MAX_IMPORT_BYTES + FORM_OVERHEAD) {
    throw tooLarge();
  }
  let upload: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits })) {
      if (part.type !== 'file') {
        continue;
      }
      if (part.fieldname !== FIELD || upload !== undefined) {
        part.file.resume();
        throw oneFile();
      }
      const stream = part.file as Readable & { truncated?: boolean };
      stream.once('limit', () => stream.destroy(tooLarge()));
      const chunks: Buffer[] = [];
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
      }
      if (stream.truncated) {
        throw tooLarge();
      }
      upload = { fileName: part.filename, bytes: Buffer.concat(chunks) };
    }
  } catch (err) {
    throw uploadError(err);
  }
  if (!upload) {
    throw oneFile();
  }
  return upload;
}

/** Accept-Language when the client sends one, else the user's own language. */
const localeOf = (request: FastifyRequest): Locale =>
  request.headers['accept-language']
    ? localeFromHeader(request.headers['accept-language'])
    : (request.actor?.locale ?? 'vi');

/** Generated ASCII names only, so the header needs no escaping (RFC 6266). */
const download = (reply: FastifyReply, type: string, fileName: string, body: Buffer | string) =>
  reply
    .type(type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(body);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';
const FileSchema = Type.String({ description: 'The file (binary)' });

/**
 * Bulk import of products: templates, upload (multipart field `file`, XLSX or CSV, ≤ 10 MB),
 * progress and error reports. The upload answers 202 with the queued import, or 200 with the
 * existing one when the producer already uploaded these exact bytes.
 * @see ../../../../modules/imports/README.md
 */
const importsRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  // app.ts registers @fastify/multipart; if it ever stops, these routes bring their own.
  if (!fastify.hasRequestDecorator('parts')) {
    await fastify.register(multipart, { limits });
  }
  const security = [{ bearerAuth: [] }];
  const tags = ['imports'];
  const auth = { onRequest: fastify.authenticate };

  fastify.get(
    '/products/template.xlsx',
    {
      ...auth,
      schema: {
        tags,
        security,
        description:
          'The XLSX template: header row (vi / en) and a guide sheet with every allowed code.',
        response: { 200: FileSchema, ...problemResponses },
      },
    },
    async (_request, reply) =>
      download(
        reply,
        XLSX,
        'ketnoi-products-template.xlsx',
        await fastify.services.imports.templateXlsx(),
      ),
  );

  fastify.get(
    '/products/template.csv',
    {
      ...auth,
      schema: {
        tags,
        security,
        description: 'The CSV template (UTF-8 with BOM): the header row only.',
        response: { 200: FileSchema, ...problemResponses },
      },
    },
    async (_request, reply) =>
      download(reply, CSV, 'ketnoi-products-template.csv', fastify.services.imports.templateCsv()),
  );

  fastify.post(
    '/products',
    {
      ...auth,
      // The file is read by the handler, so the key is claimed there, for the file's SHA-256.
      config: { idempotent: 'in-handler' },
      schema: {
        tags,
        security,
        consumes: ['multipart/form-data'],
        description:
          'Upload a filled template (field `file`). 202: queued; 200: this file was already imported.',
        response: { 200: ImportSchema, 202: ImportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      let file: Awaited<ReturnType<typeof readUpload>>;
      try {
        file = await readUpload(request);
      } catch (err) {
        // Refused before the body was fully received: close the connection instead of letting
        // Node read (and discard) the rest of what could be a 100 MB body.
        if (!request.raw.complete) {
          void reply.header('connection', 'close');
        }
        throw err;
      }
      // Same key and same bytes and name → the first answer again; other bytes → 422.
      const fingerprint = {
        fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
        fileName: file.fileName,
      };
      if (await fastify.claimIdempotencyKey(request, reply, fingerprint)) {
        return reply;
      }
      const result = await fastify.services.imports.upload(
        actor,
        file,
        localeOf(request),
        request.id,
      );
      return reply
        .status(result.created ? 202 : 200)
        .header('location', `${request.url.replace(/\/products(\?.*)?$/, '')}/${result.import.id}`)
        .send(result.import);
    },
  );

  fastify.get(
    '/',
    {
      ...auth,
      schema: {
        tags,
        security,
        querystring: ListImportsQuerySchema,
        response: { 200: ImportPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.imports.list(requireActor(request), request.query, localeOf(request)),
  );

  fastify.get(
    '/:id',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        response: { 200: ImportSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.imports.get(requireActor(request), request.params.id, localeOf(request)),
  );

  fastify.get(
    '/:id/errors.csv',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        description:
          "Every row error, as CSV (UTF-8 with BOM; formula-like cells prefixed with ').",
        response: { 200: FileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await fastify.services.imports.errorsFile(
        requireActor(request),
        request.params.id,
        'csv',
        localeOf(request),
      );
      return download(reply, CSV, file.fileName, file.body);
    },
  );

  fastify.get(
    '/:id/errors.xlsx',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        description: 'Every row error, as XLSX.',
        response: { 200: FileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await fastify.services.imports.errorsFile(
        requireActor(request),
        request.params.id,
        'xlsx',
        localeOf(request),
      );
      return download(reply, XLSX, file.fileName, file.body);
    },
  );
};

export default importsRoutes;
