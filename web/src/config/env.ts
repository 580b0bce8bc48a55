/**
 * Build-time settings, read once from `import.meta.env` (only `VITE_APP_*` reach the bundle).
 * A bad value stops the app at boot instead of failing later in a corner. Checked by hand: a
 * schema library here would be in every page's first download.
 */
function createEnv() {
  const apiUrl = (import.meta.env.VITE_APP_API_URL as string | undefined) || '/api/v1';
  if (!/^(\/|https?:\/\/)/.test(apiUrl)) {
    throw new Error(
      `Invalid VITE_APP_* environment:\n- /API_URL: must start with "/", "http://" or "https://", got "${apiUrl}"`,
    );
  }
  return { API_URL: apiUrl.replace(/\/+$/, '') };
}

export const env = createEnv();
