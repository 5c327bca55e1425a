import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (NestJS) listens on :3000 in development; the SPA talks to it same-origin
// through this proxy so the httpOnly session cookie works exactly as in production,
// where the API serves the built app itself.
const API_ORIGIN = 'http://127.0.0.1:3000';
const proxiedToApi = ['/graphql', '/healthz', '/webhooks', '/bookings'];

// The browser shares the API's pure rules file by file: only libs/domain files that
// import no package, never its index, which would pull luxon and the whole library
// into the bundle. Each alias has a twin in tsconfig.json `paths`.
const domainFile = (path: string) => fileURLToPath(new URL(`../../libs/domain/src/${path}`, import.meta.url));
const domainAliases = {
  '@rapport/domain/screeners': domainFile('screeners/screener-content.ts'),
  '@rapport/domain/npi': domainFile('licensing/npi.ts'),
  '@rapport/domain/password-policy': domainFile('auth/password-policy.ts'),
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: domainAliases },
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
