import type { FastifyPluginAsync } from 'fastify';
import demandMatchesRoutes from './matches.ts';

const routes: FastifyPluginAsync = async (fastify) => {
  await fastify.register(demandMatchesRoutes);
};

export default routes;
