import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

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
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: Number(process.env.WEB_PORT || 5173), proxy },
  preview: { port: Number(process.env.WEB_PORT || 4173), proxy },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
});
