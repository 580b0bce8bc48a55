import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built SPA (web/dist) with long cache on hashed assets and index.html for every
 * other browser route, so deep links work. API and docs paths keep their JSON 404s.
 */
export default fp(
  async (fastify) => {
    const root = resolve(process.cwd(), fastify.config.WEB_DIST);
    if (!existsSync(resolve(root, 'index.html'))) {
      fastify.log.warn({ root }, 'web app not built: run `npm run build` to serve it');
      return;
    }
    await fastify.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes .br/.gz beside each script and stylesheet (web/vite.config.ts).
      preCompressed: true,
      // On the reply, not its raw response: the reply's own cache-control (max-age=0) is
      // written last and would replace a raw header.
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    fastify.decorate('serveSpa', true);
  },
  { name: 'web', dependencies: ['config'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    serveSpa?: boolean;
  }
}
