import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CertificatePageSchema,
  CertificateSchema,
  CertificateVersionQuerySchema,
  CreateCertificateBodySchema,
  IdParamsSchema,
  ListCertificatesQuerySchema,
  UpdateCertificateBodySchema,
  VerifyCertificateBodySchema,
  certificateEvidenceRules,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { NoContent, problemResponses, sendAttachment } from '../../../responses.ts';
import { readSingleUpload } from '../products/image-upload.ts';

/**
 * `/api/v1/certificates`: producers' certificates. Thin handlers; who may do what is decided in
 * modules/certificates/certificates.policy.ts.
 */
const certificates: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['certificates'];

  fastify.post(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Records a certificate of your organization (producer-level) or of one of your products (`productId`). It counts once a coordinator verifies it.',
        body: CreateCertificateBodySchema,
        response: { 201: CertificateSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.certificates.create(
            requireActor(request),
            request.body,
            request.id,
          ),
        ),
  );

  fastify.get(
    '/',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        description: [
          '`productId`: the certificates that count for the product (its own and its producer-level ones). `organizationId`: all of a producer’s.',
          'The owner and staff see every certificate; everyone else only verified, unexpired ones of public products and verified producers.',
          'Without either: a producer’s own; for staff, all (`verified=false` is the verification queue).',
        ].join(' '),
        querystring: ListCertificatesQuerySchema,
        response: { 200: CertificatePageSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.certificates.list(request.actor, request.query),
  );

  fastify.get(
    '/:id',
    {
      onRequest: fastify.identify,
      schema: {
        tags,
        params: IdParamsSchema,
        response: { 200: CertificateSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.certificates.get(request.actor, request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Edits the facts (with `version`). Any change to a verified certificate clears its verification.',
        params: IdParamsSchema,
        body: UpdateCertificateBodySchema,
        response: { 200: CertificateSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.certificates.update(
        requireActor(request),
        request.params.id,
        request.body,
        request.id,
      ),
  );

  fastify.delete(
    '/:id',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        querystring: CertificateVersionQuerySchema,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await fastify.services.certificates.remove(
        requireActor(request),
        request.params.id,
        request.query.version,
        request.id,
      );
      return reply.status(204).send(null);
    },
  );

  fastify.post(
    '/:id/verify',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators and admins: vouches for the certificate (with `version`).',
        params: IdParamsSchema,
        body: VerifyCertificateBodySchema,
        response: { 200: CertificateSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.certificates.verify(
        requireActor(request),
        request.params.id,
        request.body.version,
        request.id,
      ),
  );

  fastify.post(
    '/:id/evidence',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        consumes: ['multipart/form-data'],
        description: [
          `Replaces the evidence file (multipart/form-data, one file in the field \`file\`): PDF, JPEG, PNG or WebP, at most ${certificateEvidenceRules.maxBytes / (1024 * 1024)} MB.`,
          'The type is read from the bytes. 413 too large, 415 not an allowed type. New evidence clears a verification.',
        ].join(' '),
        params: IdParamsSchema,
        response: { 200: CertificateSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      try {
        return await reply.send(
          await fastify.services.certificates.putEvidence(
            requireActor(request),
            request.params.id,
            () =>
              readSingleUpload(request, {
                field: 'file',
                maxBytes: certificateEvidenceRules.maxBytes,
              }),
            request.id,
          ),
        );
      } catch (err) {
        // Refused before the body was fully received: close the connection instead of reading the rest.
        if (!request.raw.complete) {
          void reply.header('connection', 'close');
        }
        throw err;
      }
    },
  );

  fastify.get(
    '/:id/evidence',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'The evidence file, for the owner and staff only, as an attachment.',
        params: IdParamsSchema,
        response: { 200: Type.String({ format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await fastify.services.certificates.getEvidence(
        requireActor(request),
        request.params.id,
      );
      return sendAttachment(reply, file);
    },
  );
};

export default certificates;
