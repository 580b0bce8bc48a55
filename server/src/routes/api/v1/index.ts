import type { FastifyPluginAsync } from 'fastify';
import admin from './admin/index.ts';
import agreements from './agreements/index.ts';
import auth from './auth/index.ts';
import campaigns from './campaigns/index.ts';
import certificates from './certificates/index.ts';
import demands from './demands/index.ts';
import events from './events/index.ts';
import matches from './matches/index.ts';
import me from './me/index.ts';
import notifications from './notifications/index.ts';
import organizations from './organizations/index.ts';
import imports from './imports/index.ts';
import kpiTargets from './kpi-targets/index.ts';
import marketGuides from './market-guides/index.ts';
import products from './products/index.ts';
import quotes from './quotes/index.ts';
import reference from './reference/index.ts';
import reports from './reports/index.ts';
import review from './review/index.ts';
import sampleRequests from './sample-requests/index.ts';
import search from './search/index.ts';

/** The v1 API. Each resource is its own plugin; authentication is declared per plugin or route. */
const v1: FastifyPluginAsync = async (fastify) => {
  await fastify.register(auth, { prefix: '/auth' });
  await fastify.register(me, { prefix: '/me' });
  await fastify.register(organizations, { prefix: '/organizations' });
  await fastify.register(products, { prefix: '/products' });
  await fastify.register(imports, { prefix: '/imports' });
  await fastify.register(certificates, { prefix: '/certificates' });
  await fastify.register(review, { prefix: '/review' });
  await fastify.register(search, { prefix: '/search' });
  await fastify.register(demands, { prefix: '/demands' });
  await fastify.register(matches, { prefix: '/matches' });
  await fastify.register(sampleRequests, { prefix: '/sample-requests' });
  await fastify.register(quotes, { prefix: '/quotes' });
  await fastify.register(agreements, { prefix: '/agreements' });
  await fastify.register(notifications, { prefix: '/notifications' });
  await fastify.register(admin, { prefix: '/admin' });
  await fastify.register(reference, { prefix: '/reference' });
  await fastify.register(events, { prefix: '/events' });
  await fastify.register(reports, { prefix: '/reports' });
  await fastify.register(kpiTargets, { prefix: '/kpi-targets' });
  await fastify.register(marketGuides, { prefix: '/market-guides' });
  await fastify.register(campaigns, { prefix: '/campaigns' });
};

export default v1;
