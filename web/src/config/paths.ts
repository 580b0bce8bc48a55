/** Every route path of the app, in one place. `path` is for the router, `getHref` for links. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    login: {
      path: '/login',
      getHref: (next?: string | null) =>
        next ? `/login?next=${encodeURIComponent(next)}` : '/login',
    },
    register: {
      path: '/register',
      getHref: (next?: string | null) =>
        next ? `/register?next=${encodeURIComponent(next)}` : '/register',
    },
  },
  /** The public catalogue: search, product pages and producer pages, open to everyone. */
  catalogue: {
    search: {
      path: '/catalogue',
      /** `query` is a URL query string without `?` (filters are shareable links). */
      getHref: (query?: string) => (query ? `/catalogue?${query}` : '/catalogue'),
    },
    product: {
      path: '/products/:productId',
      getHref: (id: string) => `/products/${encodeURIComponent(id)}`,
    },
    producer: {
      path: '/producers/:producerId',
      getHref: (id: string) => `/producers/${encodeURIComponent(id)}`,
    },
  },
  /** Published trade events, open to everyone; registering happens in the workspace. */
  events: {
    list: {
      path: '/events',
      getHref: () => '/events',
    },
    event: {
      path: '/events/:eventId',
      getHref: (id: string) => `/events/${encodeURIComponent(id)}`,
    },
  },
  /** Published market guides, open to everyone (the signed-in app has its own pages). */
  markets: {
    list: {
      path: '/markets',
      getHref: () => '/markets',
    },
    guide: {
      path: '/markets/:guideId',
      getHref: (id: string) => `/markets/${encodeURIComponent(id)}`,
    },
  },
  app: {
    root: {
      path: '/app',
      getHref: () => '/app',
    },
    dashboard: {
      path: '',
      getHref: () => '/app',
    },
    organization: {
      path: 'organization',
      getHref: () => '/app/organization',
    },
    products: {
      path: 'products',
      getHref: () => '/app/products',
    },
    newProduct: {
      path: 'products/new',
      getHref: () => '/app/products/new',
    },
    product: {
      path: 'products/:productId',
      getHref: (id: string) => `/app/products/${encodeURIComponent(id)}`,
    },
    importProducts: {
      path: 'products/import',
      /** `importId`: show (and keep polling) that import, e.g. after a reload. */
      getHref: (importId?: string) =>
        importId
          ? `/app/products/import?import=${encodeURIComponent(importId)}`
          : '/app/products/import',
    },
    /** Notifications link here (`/app/certificates/<id>`): the list, that certificate highlighted. */
    certificates: {
      path: 'certificates/:certificateId?',
      getHref: (id?: string) =>
        id ? `/app/certificates/${encodeURIComponent(id)}` : '/app/certificates',
    },
    reviewOrganizations: {
      path: 'review/organizations',
      getHref: () => '/app/review/organizations',
    },
    reviewProducts: {
      path: 'review/products',
      getHref: () => '/app/review/products',
    },
    reviewCertificates: {
      path: 'review/certificates',
      getHref: () => '/app/review/certificates',
    },
    /** Sourcing (distributors): standing terms, demands and their matches. */
    requirements: {
      path: 'requirements',
      getHref: () => '/app/requirements',
    },
    demands: {
      path: 'demands',
      getHref: () => '/app/demands',
    },
    newDemand: {
      path: 'demands/new',
      getHref: () => '/app/demands/new',
    },
    demand: {
      path: 'demands/:demandId',
      getHref: (id: string) => `/app/demands/${encodeURIComponent(id)}`,
    },
    editDemand: {
      path: 'demands/:demandId/edit',
      getHref: (id: string) => `/app/demands/${encodeURIComponent(id)}/edit`,
    },
    /** Sourcing (both parties): introductions and their pipeline; notifications link to one match. */
    matches: {
      path: 'matches',
      getHref: () => '/app/matches',
    },
    match: {
      path: 'matches/:matchId',
      getHref: (id: string) => `/app/matches/${encodeURIComponent(id)}`,
    },
    /** Notifications link here (`/app/samples/<id>`): the list, that request outlined. */
    samples: {
      path: 'samples/:sampleId?',
      getHref: (id?: string) => (id ? `/app/samples/${encodeURIComponent(id)}` : '/app/samples'),
    },
    /** The coordinators' match approval queue; `demand` narrows it to one demand's proposals. */
    reviewMatches: {
      path: 'review/matches',
      getHref: ({ demand }: { demand?: string } = {}) =>
        demand ? `/app/review/matches?demand=${encodeURIComponent(demand)}` : '/app/review/matches',
    },
    /** Trade programmes: market guides (everyone reads; coordinators write). */
    marketGuides: {
      path: 'market-guides',
      getHref: () => '/app/market-guides',
    },
    newMarketGuide: {
      path: 'market-guides/new',
      getHref: () => '/app/market-guides/new',
    },
    marketGuide: {
      path: 'market-guides/:guideId',
      getHref: (id: string) => `/app/market-guides/${encodeURIComponent(id)}`,
    },
    editMarketGuide: {
      path: 'market-guides/:guideId/edit',
      getHref: (id: string) => `/app/market-guides/${encodeURIComponent(id)}/edit`,
    },
    /** Vietnam Goods Week campaigns: coordinators run them, producers apply. */
    campaigns: {
      path: 'campaigns',
      getHref: () => '/app/campaigns',
    },
    newCampaign: {
      path: 'campaigns/new',
      getHref: () => '/app/campaigns/new',
    },
    campaign: {
      path: 'campaigns/:campaignId',
      getHref: (id: string) => `/app/campaigns/${encodeURIComponent(id)}`,
    },
    editCampaign: {
      path: 'campaigns/:campaignId/edit',
      getHref: (id: string) => `/app/campaigns/${encodeURIComponent(id)}/edit`,
    },
    /** MoUs and contracts: coordinators record them, the parties read theirs. */
    agreements: {
      path: 'agreements',
      getHref: () => '/app/agreements',
    },
    adminUsers: {
      path: 'admin/users',
      getHref: () => '/app/admin/users',
    },
    /** Trade events: everyone signed in; notifications link to one event and to its agenda. */
    events: {
      path: 'events',
      getHref: () => '/app/events',
    },
    newEvent: {
      path: 'events/new',
      getHref: () => '/app/events/new',
    },
    event: {
      path: 'events/:eventId',
      getHref: (id: string) => `/app/events/${encodeURIComponent(id)}`,
    },
    editEvent: {
      path: 'events/:eventId/edit',
      getHref: (id: string) => `/app/events/${encodeURIComponent(id)}/edit`,
    },
    /** A party's B2B agenda at the event (coordinators are sent to the grid). */
    agenda: {
      path: 'events/:eventId/agenda',
      getHref: (id: string) => `/app/events/${encodeURIComponent(id)}/agenda`,
    },
    /** The coordinators' meeting grid, draft agenda and rates. */
    meetingGrid: {
      path: 'events/:eventId/meetings',
      getHref: (id: string) => `/app/events/${encodeURIComponent(id)}/meetings`,
    },
    /** The programme KPI dashboard (coordinators); `year` defaults to the current one. */
    kpis: {
      path: 'kpis',
      getHref: (year?: number) => (year ? `/app/kpis?year=${year}` : '/app/kpis'),
    },
  },
} as const;

/**
 * Only same-site, absolute paths are followed after login: `next=//evil.example` or
 * `next=https://…` would turn the login page into an open redirect.
 */
export function safeNextPath(
  next: string | null | undefined,
  fallback: string = paths.app.root.getHref(),
) {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  return next;
}
