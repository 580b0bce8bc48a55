/**
 * The refresh token's cookie (httpOnly, path /). `__Host-` in production pins it to this host
 * over HTTPS. Page requests carry it too: its absence tells the page renderer that the visitor is
 * signed out.
 */
export const refreshCookieName = (production: boolean) =>
  production ? '__Host-ketnoi_rt' : 'ketnoi_rt';
