import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { Ajv, type Options as AjvOptions } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import type { ErrorCode } from '@ketnoi/shared';
import type { Config } from './config.ts';
import { AppError } from './lib/errors.ts';
import { sendProblem, toProblem } from './lib/problem.ts';
import { localeFromHeader } from './lib/locale.ts';
import authTokens from './plugins/external/auth-tokens.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import security from './plugins/external/security.ts';
import swagger from './plugins/external/swagger.ts';
import authenticate from './plugins/app/authenticate.ts';
import configPlugin from './plugins/app/config.ts';
import database from './plugins/app/database.ts';
import idempotency from './plugins/app/idempotency.ts';
import queueDashboard from './plugins/app/queue-dashboard.ts';
import redis from './plugins/app/redis.ts';
import services from './plugins/app/services.ts';
import storage from './plugins/app/storage.ts';
import web from './plugins/app/web.ts';
import health from './routes/health.ts';
import media from './routes/media.ts';
import v1 from './routes/api/v1/index.ts';

/**
 * Two validators: bodies are checked exactly as sent (no type coercion, unknown fields refused),
 * while query strings and params — always strings on the wire — are coerced to their types.
 */
function createValidators() {
  const common: AjvOptions = {
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  };
  const body = new Ajv({ ...common, coerceTypes: false });
  const other = new Ajv({ ...common, coerceTypes: 'array' });
  for (const ajv of [body, other]) {
    ajvFormats.default(ajv, ['email', 'uuid', 'date-time', 'date', 'uri']);
  }
  return { body, other };
}

/** Refusals worth a log line of their own: denied access and failed sign-ins. */
const securityEvents = new Set<ErrorCode>([
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'CSRF_REJECTED',
]);

const credentialParams = /([?&][^=&]*(?:token|password|secret|key|jwt)[^=&]*=)[^&#]*/gi;
export const maskQueryCredentials = (url: string) => url.replace(credentialParams, '$1[masked]');

export function serverOptions(config: Config): FastifyServerOptions {
  return {
    logger: {
      level: config.LOG_LEVEL,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        remove: true,
      },
      serializers: {
        // Fastify's request fields, with credentials that a client put in the query string
        // (`?access_token=…`, ignored by the API) masked, so they never reach the log.
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: maskQueryCredentials(request.url),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
      ...(config.NODE_ENV === 'development' && process.stdout.isTTY
        ? { transport: { target: 'pino-pretty' } }
        : {}),
    },
    trustProxy: config.TRUST_PROXY,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    // Keep-alive sockets must not hold a graceful shutdown for the default 72 s.
    forceCloseConnections: 'idle',
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // A path segment that is not valid percent-encoded UTF-8, or longer than maxParamLength,
    // is refused by the router before any hook: answer it as problem details like every 4xx.
    frameworkErrors: (error, request, reply) => {
      void sendProblem(
        request,
        reply,
        error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? {
              status: 400,
              code: 'VALIDATION_FAILED',
              detail: 'The URL path is malformed or too long',
            }
          : toProblem(error, localeFromHeader(request.headers['accept-language'])),
      );
    },
  };
}

export type AppOptions = { config: Config };

/** The whole application as one plugin, so tests, the server and benches wire it identically. */
export const app = fp<AppOptions>(
  async (fastify, opts) => {
    const validators = createValidators();
    fastify.setValidatorCompiler(({ schema, httpPart }) =>
      httpPart === 'body' ? validators.body.compile(schema) : validators.other.compile(schema),
    );

    fastify.setErrorHandler((error, request, reply) => {
      const problem = toProblem(error, localeFromHeader(request.headers['accept-language']));
      if (problem.status >= 500) {
        request.log.error({ err: error }, 'request failed');
      } else if (securityEvents.has(problem.code)) {
        // Security events (ASVS 16.3): the code, route and request id; never the credentials.
        request.log.info({ code: problem.code }, 'access denied');
      }
      return sendProblem(request, reply, problem);
    });

    fastify.addHook('onSend', async (request, reply) => {
      void reply.header('x-request-id', request.id);
    });

    await fastify.register(configPlugin, { config: opts.config });
    await fastify.register(database);
    await fastify.register(redis);
    await fastify.register(security);
    await fastify.register(authTokens);
    await fastify.register(rateLimit);
    await fastify.register(swagger);
    // Multipart bodies are parsed only by routes that ask (request.parts), each with its own
    // limits; these defaults are the strictest sensible ones for anything else.
    await fastify.register(multipart, {
      limits: {
        fileSize: 10 * 1024 * 1024,
        files: 1,
        fields: 4,
        parts: 5,
        fieldSize: 1024,
        headerPairs: 20,
      },
    });
    await fastify.register(storage);
    await fastify.register(services);
    await fastify.register(authenticate);
    // Before the routes: it hooks onRoute to wrap those that opt in.
    await fastify.register(idempotency);
    await fastify.register(health);
    await fastify.register(media);
    await fastify.register(v1, { prefix: '/api/v1' });
    // Before `web`: the board registers its own @fastify/static in its scope.
    await fastify.register(queueDashboard);
    await fastify.register(web);

    fastify.setNotFoundHandler((request, reply) => {
      const wantsPage =
        request.method === 'GET' &&
        !/^\/(api|docs|health|ready)(\/|$)/.test(request.url) &&
        (request.headers.accept ?? '').includes('text/html');
      if (wantsPage && fastify.sendPage) {
        return fastify.sendPage(request, reply);
      }
      return sendProblem(
        request,
        reply,
        toProblem(
          new AppError(
            'ROUTE_NOT_FOUND',
            `No route ${request.method} ${request.url.split('?')[0]}`,
          ),
          'en',
        ),
      );
    });
  },
  { name: 'app' },
);

export async function buildApp(
  config: Config,
  options: Partial<FastifyServerOptions> = {},
): Promise<FastifyInstance> {
  const fastify = Fastify({ ...serverOptions(config), ...options });
  await fastify.register(app, { config });
  return fastify;
}
