import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { setLoginRedirect, tokenStore } from '@/lib/api-client';
import { DEFAULT_LANGUAGE, i18n, loadAppStrings } from '@/lib/i18n';

// `findBy…` waits up to 1 s by default: too little for a first lazy route on a busy 2-core
// machine (the other suites share it; the first visit to /app compiles all of its screens, 4–5 s
// on a slow day). A real failure still fails, only later (tests time out at 15 s).
configure({ asyncUtilTimeout: 10_000 });

// Mantine reads these; happy-dom may not provide all of them.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Mantine's autosize Textarea listens for web fonts loading; every browser has document.fonts.
if (!('fonts' in document) || !document.fonts) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

// Component tests render signed-in screens without the router, whose app layout loads these.
beforeAll(() => loadAppStrings());

beforeEach(async () => {
  window.localStorage.clear();
  tokenStore.set(null);
  setLoginRedirect(null);
  await i18n.changeLanguage(DEFAULT_LANGUAGE);
});

afterEach(() => {
  cleanup();
  // Mantine's notification store is module-global: do not let toasts leak into the next test.
  notifications.clean();
});
