import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { MantineProvider } from '@mantine/core';
import react from '@vitejs/plugin-react';
import type { TFunction } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { createAppTheme, cssVariablesResolver } from './src/app/theme.ts';
import { localePart, localeParts, type LocalePart } from './src/locales/parts.ts';

const outDir = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * Writes `.br` and `.gz` beside every built script and stylesheet, once, at build time: the API
 * serves them to browsers that accept them (`preCompressed`), so a first visit downloads about a
 * third of the bytes without compressing on every request.
 */
function precompress(): Plugin {
  let dir = outDir;
  return {
    name: 'ketnoi-precompress',
    // The browser's build only: the server's renderer (build.ts) is read from disk, not sent.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved: (config) => void (dir = config.build.outDir),
    async closeBundle() {
      const assets = join(dir, 'assets');
      const files = (await readdir(assets)).filter((f) => /\.(js|css|svg)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const body = await readFile(join(assets, file));
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
            }),
            promisify(gzip)(body, { level: 9 }),
          ]);
          await Promise.all([
            writeFile(join(assets, `${file}.br`), br),
            writeFile(join(assets, `${file}.gz`), gz),
          ]);
        }),
      );
    },
  };
}

/**
 * `locales/vi.json?part=public` (or `?part=app`): that part of the locale file, as JSON, so the
 * first download of a public page carries only its own strings (the list is in locales/parts.ts).
 * The source stays one file per language.
 */
function localePartsPlugin(): Plugin {
  const PART = /^(.*\/locales\/[a-z]+\.json)\?part=([a-z]+)$/;
  return {
    name: 'ketnoi-locale-parts',
    enforce: 'pre',
    async load(id) {
      const match = PART.exec(id);
      if (!match) return null;
      const [, file = '', part = ''] = match;
      if (!(localeParts as readonly string[]).includes(part)) {
        throw new Error(`Unknown locale part "${part}" in ${id}`);
      }
      this.addWatchFile(file);
      const tree = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      return { code: JSON.stringify(localePart(tree, part as LocalePart)), moduleType: 'json' };
    },
  };
}

/**
 * `virtual:theme-variables.css`: the CSS variables of the app's Mantine theme (app/theme.ts), as
 * MantineProvider writes them, made once here and served in the app's stylesheet. The provider
 * itself is told not to (`withCssVariables={false}`): it computed them, twice over to drop
 * Mantine's defaults, on every page's start, and sent them as 6 KB of inline style in every
 * server-rendered page. A changed theme needs Vite restarted in development.
 */
function themeVariablesPlugin(): Plugin {
  const ID = 'virtual:theme-variables.css';
  return {
    name: 'ketnoi-theme-variables',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      // Only component labels read `t`; the variables do not depend on the language.
      const theme = createAppTheme(((key: string) => key) as TFunction);
      const html = renderToStaticMarkup(
        createElement(MantineProvider, { theme, cssVariablesResolver, withGlobalClasses: false }),
      );
      const css = /<style data-mantine-styles="true">([\s\S]*)<\/style>/.exec(html)?.[1];
      if (!css) {
        throw new Error(`MantineProvider wrote no CSS variables: ${html.slice(0, 200)}`);
      }
      return css;
    },
  };
}

/**
 * The API serves the built SPA in production; in development Vite serves the SPA and forwards
 * the API's own paths to it, so the browser sees one origin and the refresh cookie just works.
 */
const apiTarget = `http://localhost:${process.env.API_PORT || 3000}`;
// `/media`: product images, served by the API.
const proxied = ['/api', '/media', '/health', '/ready', '/docs'];
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  proxied.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false, xfwd: true }]),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [localePartsPlugin(), themeVariablesPlugin(), react(), precompress()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: Number(process.env.WEB_PORT || 5173), proxy },
  preview: { port: Number(process.env.WEB_PORT || 4173), proxy },
  // The server's renderer of public pages is one file with its libraries inside: nothing for the
  // API to resolve from node_modules at run time, whatever the deployment copies.
  ssr: { noExternal: true },
  build: {
    outDir,
    emptyOutDir: true,
    // One stylesheet, in the page's head: a route's own styles arriving with its chunk would
    // restyle a server-rendered page after its first paint. The app's own CSS is small.
    cssCodeSplit: false,
    // No <link rel="modulepreload"> per dependency of each lazy chunk: on a hydrating page,
    // inserting them cost more main-thread time than the round trip they save (the browser
    // finds a chunk's imports as it parses it, and most are already loaded).
    modulePreload: false,
    sourcemap: true,
  },
});
