import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ReferenceDataSchema, type ReferenceData } from '@ketnoi/shared';
import {
  certifications,
  ocopGroups,
  provinceAliases,
  provinces,
  regions,
} from '@ketnoi/shared/reference';

/** Reference lists for forms and filters. They change with a release, so clients may cache them for a day. */
const reference: FastifyPluginAsyncTypebox = async (fastify) => {
  const data: ReferenceData = {
    regions: regions.map((r) => ({ code: r.code, vi: r.vi, en: r.en })),
    provinces: provinces.map((p) => ({
      code: p.code,
      vi: p.vi,
      en: p.en,
      region: p.region,
      city: p.city,
      aliases: provinceAliases(p.code).filter((a) => a !== p.vi && a !== p.en),
    })),
    ocopGroups: ocopGroups.map((g) => ({ code: g.code, vi: g.vi, en: g.en })),
    certifications: certifications.map((c) => ({ code: c.code, name: c.name, kind: c.kind })),
  };

  fastify.get(
    '/',
    { schema: { tags: ['reference'], response: { 200: ReferenceDataSchema } } },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=86400');
      return data;
    },
  );
};

export default reference;
