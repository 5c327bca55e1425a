import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (NestJS) listens on :3000 in development; the SPA talks to it same-origin
// through this proxy so the httpOnly session cookie works exactly as in production,
// where the API serves the built app itself.
const API_ORIGIN = 'http://127.0.0.1:3000';
const proxiedToApi = ['/graphql', '/healthz', '/webhooks', '/bookings'];

// The browser shares the API's pure rules through the `exports` subpaths of
// libs/domain/package.json (@rapport/domain/time, /screeners, /npi, /password-policy),
// never its index, which would pull the whole library into the bundle. The `source`
// condition resolves them to their TypeScript sources (tsconfig.json `customConditions`
// and jest.config.js say the same); only the time zone module brings luxon.

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // The API replaces this placeholder with each response's CSP nonce (apps/api/src/http/security-headers.ts);
  // Vite also writes it into <meta property="csp-nonce">, where App.tsx reads it for Mantine's <style> tags.
  html: { cspNonce: 'RAPPORT_CSP_NONCE' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(proxiedToApi.map((path) => [path, { target: API_ORIGIN, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(proxiedToApi.map((path) => [path, { target: API_ORIGIN, changeOrigin: false }])),
  },
});
