import type { DehydratedState } from '@tanstack/react-query';

/**
 * Public pages arrive rendered by the server (entry-server.tsx): their HTML inside #root and,
 * in this JSON element, the API answers it was rendered from, so the browser's first render
 * matches it and React hydrates the page instead of drawing it again.
 */
export const SSR_STATE_ID = 'ssr-state';

export type SsrState = { queries: DehydratedState };

export function readSsrState(): SsrState | null {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(SSR_STATE_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as SsrState;
  } catch {
    return null;
  }
}

/** The language a server-rendered page was rendered in (its `<html lang>`), or null. */
export function renderedLanguage(): string | null {
  if (typeof document === 'undefined' || !document.getElementById(SSR_STATE_ID)) return null;
  return document.documentElement.lang || null;
}
