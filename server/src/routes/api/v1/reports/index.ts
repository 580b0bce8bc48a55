import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { KpiReportSchema, KpiYearQuerySchema } from '@ketnoi/shared';
import { requireActor } from '../../../../plugins/app/authenticate.ts';
import { problemResponses } from '../../../responses.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Programme reports for coordinators and admins: the KPI dashboard and its Excel export.
 * @see ../../../../modules/kpis/README.md
 */
const reports: FastifyPluginAsyncTypebox = async (fastify) => {
  const security = [{ bearerAuth: [] }];
  const tags = ['reports'];

  fastify.get(
    '/kpis',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          "Each metric's target, actual (computed from the data), progress, and its breakdown by month, province, market and OCOP group.",
        querystring: KpiYearQuerySchema,
        response: { 200: KpiReportSchema, ...problemResponses },
      },
    },
    async (request) => fastify.services.kpis.report(requireActor(request), request.query.year),
  );

  fastify.get(
    '/kpis.xlsx',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags,
        security,
        description:
          'The KPI report as a workbook: a summary sheet and one sheet of records per metric.',
        querystring: KpiYearQuerySchema,
        response: { 200: Type.String({ description: 'The file (binary)' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await fastify.services.kpis.workbook(requireActor(request), request.query.year);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
};

export default reports;
