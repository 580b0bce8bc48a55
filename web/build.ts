/**
 * `npm run build`: the browser's app into `dist/` (or `--outDir`), then the server's renderer of
 * public pages (src/entry-server.tsx) into its `ssr/` folder, which the API loads and does not
 * serve (server/src/plugins/app/web.ts).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';

// `--emptyOutDir` is accepted as callers pass it to Vite; the browser's build always empties.
const { values } = parseArgs({
  options: { outDir: { type: 'string' }, emptyOutDir: { type: 'boolean' } },
});
const outDir = values.outDir ? resolve(values.outDir) : undefined;

await build({ build: { outDir, emptyOutDir: true } });
await build({
  // Bundled CommonJS (React's server renderer) picks its production build by this, at run time.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: join(outDir ?? resolve(import.meta.dirname, 'dist'), 'ssr'),
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
  },
});
