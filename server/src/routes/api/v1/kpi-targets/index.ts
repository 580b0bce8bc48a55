import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KpiTargetListSchema, KpiYearQuerySchema, PutKpiTargetsBodySchema } from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

/** The year's programme targets, for coordinators and admins. Actuals are never set here. */
const kpiTargets: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['reports'];

  fastify.get(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description: 'Every metric with its target for the year (null when none is set).',
        querystring: KpiYearQuerySchema,
        response: { 200: KpiTargetListSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.kpis.getTargets(requireActor(request), request.query.year),
  );

  fastify.put(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'Sets targets for the year, all or none. Changing a target needs the version last read (stale: 409 VERSION_CONFLICT); a new target is sent without one.',
        querystring: KpiYearQuerySchema,
        body: PutKpiTargetsBodySchema,
        response: { 200: KpiTargetListSchema, ...problemResponses },
      },
    },
    async (request) =>
      fastify.services.kpis.putTargets(
        requireActor(request),
        request.query.year,
        request.body,
        request.id,
      ),
  );
};

export default kpiTargets;
