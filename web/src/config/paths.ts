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
    adminUsers: {
      path: 'admin/users',
      getHref: () => '/app/admin/users',
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
