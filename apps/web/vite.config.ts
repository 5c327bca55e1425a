import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (NestJS) listens on :3000 in development; the SPA talks to it same-origin
// through this proxy so the httpOnly session cookie works exactly as in production,
// where the API serves the built app itself.
const API_ORIGIN = 'http://127.0.0.1:3000';
const proxiedToApi = ['/graphql', '/healthz', '/webhooks', '/bookings'];

export default defineConfig({
  plugins: [react()],
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
