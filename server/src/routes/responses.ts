import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { FileDownload } from '../modules/storage/storage.ts';

/** Every error leaves as problem details; listed on each route so OpenAPI documents it. */
export const problemResponses = {
  '4xx': Type.Ref('ProblemDetails'),
  '5xx': Type.Ref('ProblemDetails'),
};

export const NoContent = Type.Null({ description: 'No content' });

/** Sends a private file as a download: never cached, never sniffed into something runnable. */
export const sendAttachment = (reply: FastifyReply, file: FileDownload) =>
  reply
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-length', file.size)
    .type(file.contentType)
    .send(file.stream);
