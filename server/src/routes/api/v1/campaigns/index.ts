import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApplyToCampaignBodySchema,
  CampaignEntryPageSchema,
  CampaignEntryParamsSchema,
  CampaignEntrySchema,
  CampaignPageSchema,
  CampaignSchema,
  CampaignVersionBodySchema,
  CreateCampaignBodySchema,
  EligibleProductPageSchema,
  EligibleProductsQuerySchema,
  IdParamsSchema,
  InvitationResultSchema,
  InviteToCampaignBodySchema,
  ListCampaignEntriesQuerySchema,
  ListCampaignsQuerySchema,
  RecordReorderBodySchema,
  UpdateCampaignBodySchema,
  UpdateCampaignEntryBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/**
 * Vietnam Goods Week campaigns: a foreign retailer's call for products. Coordinators run them;
 * verified producers and distributors see them once open; entries are shown to their producer
 * and the centre only.
 */
const campaigns: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['campaigns'];
  const auth = { onRequest: fastify.authenticate };
  const { services } = fastify;

  fastify.get(
    '/',
    {
      ...auth,
      schema: {
        tags,
        security,
        description:
          'Coordinators see every campaign; verified producers and distributors those not in draft.',
        querystring: ListCampaignsQuerySchema,
        response: { 200: CampaignPageSchema, ...problemResponses },
      },
    },
    async (request) => services.campaigns.list(requireActor(request), request.query),
  );

  fastify.post(
    '/',
    {
      ...auth,
      schema: {
        tags,
        security,
        description: 'Creates a draft campaign (coordinators).',
        body: CreateCampaignBodySchema,
        response: { 201: CampaignSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.campaigns.create(requireActor(request), request.body, request.id)),
  );

  fastify.get(
    '/entries',
    {
      ...auth,
      schema: {
        tags,
        security,
        description: "Entries across campaigns: a producer's own, or every one for coordinators.",
        querystring: ListCampaignEntriesQuerySchema,
        response: { 200: CampaignEntryPageSchema, ...problemResponses },
      },
    },
    async (request) => services.campaignEntries.list(requireActor(request), request.query),
  );

  fastify.get(
    '/:id',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        response: { 200: CampaignSchema, ...problemResponses },
      },
    },
    async (request) => services.campaigns.get(requireActor(request), request.params.id),
  );

  fastify.patch(
    '/:id',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        body: UpdateCampaignBodySchema,
        response: { 200: CampaignSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.campaigns.update(requireActor(request), request.params.id, request.body, request.id),
  );

  for (const [action, to] of [
    ['open', 'open'],
    ['close', 'closed'],
    ['complete', 'completed'],
  ] as const) {
    fastify.post(
      `/:id/${action}`,
      {
        ...auth,
        schema: {
          tags,
          security,
          description: `→ ${to} (draft → open → closed → completed); otherwise 409 INVALID_TRANSITION.`,
          params: IdParamsSchema,
          body: CampaignVersionBodySchema,
          response: { 200: CampaignSchema, ...problemResponses },
        },
      },
      async (request) =>
        services.campaigns.transition(
          requireActor(request),
          request.params.id,
          request.body.version,
          to,
          request.id,
        ),
    );
  }

  fastify.get(
    '/:id/eligible',
    {
      ...auth,
      schema: {
        tags,
        security,
        description:
          'Pre-screen (coordinators): public products against the criteria, each with its gaps.',
        params: IdParamsSchema,
        querystring: EligibleProductsQuerySchema,
        response: { 200: EligibleProductPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.campaigns.eligible(requireActor(request), request.params.id, request.query),
  );

  fastify.get(
    '/:id/entries',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: IdParamsSchema,
        querystring: ListCampaignEntriesQuerySchema,
        response: { 200: CampaignEntryPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      services.campaignEntries.list(requireActor(request), {
        ...request.query,
        campaignId: request.params.id,
      }),
  );

  fastify.post(
    '/:id/entries',
    {
      ...auth,
      schema: {
        tags,
        security,
        description:
          'A verified producer enters one of its public products while applications are open.',
        params: IdParamsSchema,
        body: ApplyToCampaignBodySchema,
        response: { 201: CampaignEntrySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.campaignEntries.apply(
            requireActor(request),
            request.params.id,
            request.body,
            request.id,
          ),
        ),
  );

  fastify.post(
    '/:id/invitations',
    {
      ...auth,
      schema: {
        tags,
        security,
        description:
          'Coordinators invite public products; those already entered or not public are skipped.',
        params: IdParamsSchema,
        body: InviteToCampaignBodySchema,
        response: { 201: InvitationResultSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.campaignEntries.invite(
            requireActor(request),
            request.params.id,
            request.body,
            request.id,
          ),
        ),
  );

  fastify.get(
    '/:id/entries/:entryId',
    {
      ...auth,
      schema: {
        tags,
        security,
        params: CampaignEntryParamsSchema,
        response: { 200: CampaignEntrySchema, ...problemResponses },
      },
    },
    async (request) =>
      services.campaignEntries.get(
        requireActor(request),
        request.params.id,
        request.params.entryId,
      ),
  );

  fastify.patch(
    '/:id/entries/:entryId',
    {
      ...auth,
      schema: {
        tags,
        security,
        description: [
          'One step of an entry. Producer: invited → applied | withdrawn; withdraw until listed.',
          'Coordinator: applied → shortlisted | rejected; shortlisted → selected; selected →',
          'sample_requested | listed; sample_requested → listed. 409 INVALID_TRANSITION lists `allowed`.',
        ].join(' '),
        params: CampaignEntryParamsSchema,
        body: UpdateCampaignEntryBodySchema,
        response: { 200: CampaignEntrySchema, ...problemResponses },
      },
    },
    async (request) =>
      services.campaignEntries.update(
        requireActor(request),
        request.params.id,
        request.params.entryId,
        request.body,
        request.id,
      ),
  );

  fastify.post(
    '/:id/entries/:entryId/reorders',
    {
      ...auth,
      schema: {
        tags,
        security,
        description:
          'Records an order after the week for a listed entry (its producer or a coordinator).',
        params: CampaignEntryParamsSchema,
        body: RecordReorderBodySchema,
        response: { 201: CampaignEntrySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.campaignEntries.recordReorder(
            requireActor(request),
            request.params.id,
            request.params.entryId,
            request.body,
            request.id,
          ),
        ),
  );
};

export default campaigns;
