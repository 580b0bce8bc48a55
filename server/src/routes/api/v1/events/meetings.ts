import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AgendaQuerySchema,
  CreateMeetingBodySchema,
  DraftAgendaResultSchema,
  EventReportSchema,
  IdParamsSchema,
  ListMeetingsQuerySchema,
  MeetingListSchema,
  MeetingParamsSchema,
  MeetingSchema,
  MeetingSuggestionListSchema,
  MeetingVersionBodySchema,
  RecordMeetingOutcomeBodySchema,
} from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/** B2B meetings of an event: requests, answers, the grid, agendas, the draft agenda, the report. */
const meetings: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['meetings'];

  fastify.get(
    '/:id/meeting-suggestions',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Introduced matches whose producer and distributor are both accepted participants, one entry per pair, best first. Coordinators: all; a party: its own.',
        params: IdParamsSchema,
        response: { 200: MeetingSuggestionListSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.agenda.suggestions(requireActor(request), request.params.id),
  );

  fastify.post(
    '/:id/meetings',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'A participant requests a slot with another (`counterpartOrganizationId`), or a coordinator books one (`producerOrganizationId`, `distributorOrganizationId`, optional `tableNo`). A double booking of either organization or the table is 409 MEETING_CLASH with the clashing slot in `clash`.',
        params: IdParamsSchema,
        body: CreateMeetingBodySchema,
        response: { 201: MeetingSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fastify.services.meetings.create(
            requireActor(request),
            request.params.id,
            request.body,
            request.id,
          ),
        ),
  );

  fastify.get(
    '/:id/meetings',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators: every meeting (the grid); a party: its own agenda.',
        params: IdParamsSchema,
        querystring: ListMeetingsQuerySchema,
        response: { 200: MeetingListSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.meetings.list(requireActor(request), request.params.id, request.query),
  );

  for (const action of ['accept', 'decline', 'cancel'] as const) {
    fastify.post(
      `/:id/meetings/:mid/${action}`,
      {
        onRequest: fastify.authenticate,
        schema: {
          tags,
          security,
          description:
            action === 'cancel'
              ? 'Either party or a coordinator, before the slot begins.'
              : 'The party that was asked.',
          params: MeetingParamsSchema,
          body: MeetingVersionBodySchema,
          response: { 200: MeetingSchema, ...problemResponses },
        },
      },
      async (request) =>
        fastify.services.meetings[action](
          requireActor(request),
          request.params.id,
          request.params.mid,
          request.body,
          request.id,
        ),
    );
  }

  fastify.patch(
    '/:id/meetings/:mid',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Records the outcome once the slot has begun (either party or a coordinator).',
        params: MeetingParamsSchema,
        body: RecordMeetingOutcomeBodySchema,
        response: { 200: MeetingSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.meetings.recordOutcome(
        requireActor(request),
        request.params.id,
        request.params.mid,
        request.body,
        request.id,
      ),
  );

  fastify.get(
    '/:id/agenda.ics',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          "The caller's organization's agenda as iCalendar (coordinators: every meeting, or `organizationId`'s).",
        params: IdParamsSchema,
        querystring: AgendaQuerySchema,
        response: { 200: Type.String({ description: 'text/calendar' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await fastify.services.agenda.agendaIcs(
        requireActor(request),
        request.params.id,
        request.query.organizationId,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  fastify.post(
    '/:id/agenda/draft',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Coordinators: books every suggested pair without a meeting into the earliest slot both have free, at a free table (status scheduled). Running it again books nothing new.',
        params: IdParamsSchema,
        response: { 200: DraftAgendaResultSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.agenda.draft(requireActor(request), request.params.id, request.id),
  );

  fastify.get(
    '/:id/report',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Coordinators: registrations, meetings, acceptance rate and held rate.',
        params: IdParamsSchema,
        response: { 200: EventReportSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.agenda.report(requireActor(request), request.params.id),
  );
};

export default meetings;
