import fp from 'fastify-plugin';
import { createAuthService, type AuthService } from '../../modules/auth/auth.service.ts';
import { createLoginLimiter } from '../../modules/auth/login-limiter.ts';
import { createPasswordHasher } from '../../modules/auth/passwords.ts';
import { createSessionCache } from '../../modules/auth/session-cache.ts';
import {
  createNotificationsService,
  type NotificationsService,
} from '../../modules/notifications/notifications.service.ts';
import {
  createOrganizationsService,
  type OrganizationsService,
} from '../../modules/organizations/organizations.service.ts';
import { createUsersService, type UsersService } from '../../modules/users/users.service.ts';
import { createSearchService, type SearchService } from '../../modules/search/search.service.ts';
import {
  createSavedSearchesService,
  type SavedSearchesService,
} from '../../modules/saved-searches/saved-searches.service.ts';
import { createSearchEngine } from '../../modules/search/create-search-engine.ts';
import { publicViewsChannel } from '../../modules/search/search-sync.ts';
import {
  createProductsService,
  type ProductsService,
} from '../../modules/products/products.service.ts';
import {
  createImportsService,
  type ImportsService,
} from '../../modules/imports/imports.service.ts';
import {
  createProductImagesService,
  type ProductImagesService,
} from '../../modules/products/product-images.service.ts';
import { createImagePipeline } from '../../modules/images/image-pipeline.ts';
import { productImageRules } from '@ketnoi/shared';
import {
  createCertificatesService,
  type CertificatesService,
} from '../../modules/certificates/certificates.service.ts';
import {
  createDemandsService,
  type DemandsService,
} from '../../modules/demands/demands.service.ts';
import {
  createSamplesService,
  type SamplesService,
} from '../../modules/samples/samples.service.ts';
import { createQuotesService, type QuotesService } from '../../modules/quotes/quotes.service.ts';
import {
  createMatchesService,
  type MatchesService,
} from '../../modules/matches/matches.service.ts';
import {
  createAgreementsService,
  type AgreementsService,
} from '../../modules/agreements/agreements.service.ts';

import {
  createMarketGuidesService,
  type MarketGuidesService,
} from '../../modules/market-guides/market-guides.service.ts';
import {
  createCampaignsService,
  type CampaignsService,
} from '../../modules/campaigns/campaigns.service.ts';
import {
  createCampaignEntriesService,
  type CampaignEntriesService,
} from '../../modules/campaigns/campaign-entries.service.ts';

import { createEventsService, type EventsService } from '../../modules/events/events.service.ts';
import {
  createRegistrationsService,
  type RegistrationsService,
} from '../../modules/events/registrations.service.ts';
import {
  createMeetingsService,
  type MeetingsService,
} from '../../modules/meetings/meetings.service.ts';
import { createAgendaService, type AgendaService } from '../../modules/meetings/agenda.service.ts';
import { createKpisService, type KpisService } from '../../modules/kpis/kpis.service.ts';

export type Services = {
  events: EventsService;
  registrations: RegistrationsService;
  meetings: MeetingsService;
  agenda: AgendaService;
  kpis: KpisService;
  auth: AuthService;
  organizations: OrganizationsService;
  notifications: NotificationsService;
  users: UsersService;
  search: SearchService;
  savedSearches: SavedSearchesService;
  products: ProductsService;
  imports: ImportsService;
  productImages: ProductImagesService;
  certificates: CertificatesService;
  marketGuides: MarketGuidesService;
  campaigns: CampaignsService;
  campaignEntries: CampaignEntriesService;
  demands: DemandsService;
  samples: SamplesService;
  quotes: QuotesService;
  matches: MatchesService;
  agreements: AgreementsService;
};

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** Builds every domain service once from the shared decorators; routes reach them as `fastify.services`. */
export default fp(
  async (fastify) => {
    const { db, config, redis } = fastify;
    const publicUrl = config.PUBLIC_URL;
    const loginLimiter = createLoginLimiter({
      redis,
      prefix: config.QUEUE_PREFIX,
      maxPerAccount: config.LOGIN_MAX_ATTEMPTS,
      maxPerIp: config.LOGIN_MAX_ATTEMPTS * 4,
      windowSeconds: config.LOGIN_WINDOW_SECONDS,
    });
    // One bound on argon2 work for the whole process: logins, registrations and staff accounts.
    const passwords = createPasswordHasher({
      concurrency: config.PASSWORD_HASH_CONCURRENCY,
      maxWaiting: config.PASSWORD_HASH_QUEUE,
    });
    // Session cache evictions reach the other API processes over Redis pub/sub.
    const channel = `${config.QUEUE_PREFIX}:session-evict`;
    const sessionCache = createSessionCache({
      ttlMs: config.SESSION_CACHE_MS,
      maxEntries: 50_000,
      broadcast: (message) => void redis.publish(channel, message).catch(() => undefined),
    });
    const products = createProductsService({
      db,
      publicUrl,
      publicViewCacheMs: config.PUBLIC_CACHE_MS,
    });
    // The search-sync worker announces products whose public view changed (publicViewsChannel).
    const productsChannel = publicViewsChannel(config.QUEUE_PREFIX);
    if (config.SESSION_CACHE_MS > 0 || config.PUBLIC_CACHE_MS > 0) {
      const subscriber = redis.duplicate({ enableOfflineQueue: true });
      subscriber.on('error', () => undefined);
      subscriber.on('message', (from: string, message: string) => {
        if (from === productsChannel) {
          products.evictPublicViews(message.split(','));
        } else {
          sessionCache.receive(message);
        }
      });
      void subscriber.subscribe(channel, productsChannel).catch(() => undefined);
      fastify.addHook('onClose', async () => {
        subscriber.disconnect();
      });
    }
    const samples = createSamplesService({
      db,
      publicUrl,
      sampleRequestsPerOrgPerDay: config.SAMPLE_REQUESTS_PER_ORG_PER_DAY,
    });
    fastify.decorate('services', {
      events: createEventsService({ db, publicUrl }),
      registrations: createRegistrationsService({ db, publicUrl }),
      meetings: createMeetingsService({ db, publicUrl }),
      agenda: createAgendaService({ db, publicUrl }),
      kpis: createKpisService({ db }),
      marketGuides: createMarketGuidesService({ db }),
      campaigns: createCampaignsService({ db }),
      campaignEntries: createCampaignEntriesService({ db, publicUrl, samples }),
      auth: createAuthService({
        db,
        config,
        loginLimiter,
        sessionCache,
        passwords,
        signAccessToken: (payload) => fastify.jwt.sign(payload),
      }),
      organizations: createOrganizationsService({ db, publicUrl, sessionCache }),
      notifications: createNotificationsService({ db }),
      users: createUsersService({ db, sessionCache, passwords }),
      search: createSearchService({ engine: await createSearchEngine(config, db) }),
      savedSearches: createSavedSearchesService({ db }),
      products,
      imports: createImportsService({ db, storage: fastify.storage }),
      productImages: createProductImagesService({
        db,
        storage: fastify.storage,
        // One image encoded at a time per API process, eight more waiting: see image-pipeline.ts.
        images: createImagePipeline({
          maxPixels: productImageRules.maxPixels,
          maxSide: productImageRules.maxSide,
          concurrency: 1,
          maxWaiting: 8,
        }),
        onOrphanedFiles: (keys, err) =>
          fastify.log.warn({ err, keys }, 'could not delete stored files; they are unreferenced'),
      }),
      certificates: createCertificatesService({
        db,
        storage: fastify.storage,
        publicUrl,
        onOrphanedFiles: (keys, err) =>
          fastify.log.warn(
            { err, keys },
            'could not delete stored evidence files; they are unreferenced',
          ),
      }),
      demands: createDemandsService({ db, demandsPerOrgPerHour: config.DEMANDS_PER_ORG_PER_HOUR }),
      samples,
      quotes: createQuotesService({ db, publicUrl }),
      matches: createMatchesService({ db, publicUrl }),
      agreements: createAgreementsService({
        db,
        storage: fastify.storage,
        onOrphanedFiles: (keys, err) =>
          fastify.log.warn(
            { err, keys },
            'could not delete stored agreement documents; they are unreferenced',
          ),
      }),
    });
  },
  { name: 'services', dependencies: ['config', 'database', 'redis', 'auth-tokens', 'storage'] },
);
