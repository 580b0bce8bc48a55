import type { FastifyPluginAsync } from 'fastify';

/** `GET /demands/:id/matches`: the proposals and introductions of one demand (modules/matches). */
const demandMatchesRoutes: FastifyPluginAsync = async () => {};

export default demandMatchesRoutes;
