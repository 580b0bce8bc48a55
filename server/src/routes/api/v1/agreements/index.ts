import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AgreementPageSchema,
  AgreementSchema,
  CreateAgreementBodySchema,
  IdParamsSchema,
  ListAgreementsQuerySchema,
  agreementDocumentRules,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses, sendAttachment } from '../../../responses.ts';
import { singleUpload } from '../products/image-upload.ts';

/**
 * MoUs and contracts: the parties see theirs, coordinators record and see them all (province ↔
 * city ones only they see) and attach the signed document.
 */
const agreements: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];
  const tags = ['agreements'];

  fastify.get(
    '/',
    {
      schema: {
        tags,
        security,
        description:
          'Producers and distributors: agreements their organization is a party to. Coordinators and admins: all.',
        querystring: ListAgreementsQuerySchema,
        response: { 200: AgreementPageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.agreements.list(requireActor(request), request.query),
  );

  fastify.post(
    '/',
    {
      schema: {
        tags,
        security,
        description:
          'A coordinator records an MoU or contract between a producer and a distributor, from a ' +
          'match (its parties) or with both parties given, or between a province and the city ' +
          '(`provinceCode`, no organization). `eventId`: the trade event it was signed at.',
        body: CreateAgreementBodySchema,
        response: { 201: AgreementSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.agreements.create(requireActor(request), request.body, request.id),
        ),
  );

  fastify.put(
    '/:id/document',
    {
      schema: {
        tags,
        security,
        consumes: ['multipart/form-data'],
        description: [
          `Coordinators and admins: attaches the signed document, replacing any earlier one (multipart/form-data, one file in the field \`file\`): a PDF, at most ${agreementDocumentRules.maxBytes / (1024 * 1024)} MB.`,
          'The type is read from the bytes. 413 too large, 415 not a PDF.',
        ].join(' '),
        params: IdParamsSchema,
        response: { 200: AgreementSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const upload = singleUpload(request, {
        field: 'file',
        maxBytes: agreementDocumentRules.maxBytes,
      });
      try {
        return await reply.send(
          await fastify.services.agreements.putDocument(
            requireActor(request),
            request.params.id,
            upload.read,
            request.id,
          ),
        );
      } catch (err) {
        // Refused mid-body or too big to drain: close the connection instead of reading the rest.
        if (upload.shouldClose()) {
          void reply.header('connection', 'close');
        }
        throw err;
      }
    },
  );

  fastify.get(
    '/:id/document',
    {
      schema: {
        tags,
        security,
        description:
          'The signed document (PDF), as an attachment: for staff and the organizations party to the agreement.',
        params: IdParamsSchema,
        response: { 200: Type.String({ format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await fastify.services.agreements.getDocument(
        requireActor(request),
        request.params.id,
      );
      return sendAttachment(reply, file);
    },
  );
};

export default agreements;
