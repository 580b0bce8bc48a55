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
    reviewOrganizations: {
      path: 'review/organizations',
      getHref: () => '/app/review/organizations',
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
