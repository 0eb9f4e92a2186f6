import react from '@vitejs/plugin-react';
import type { ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './content-security-policy';

// The gateway serves dist/ at `/`; in development (`pnpm dev`) the API and WebSocket are proxied to it.
const gateway = process.env.POLICYDIFF_GATEWAY ?? 'http://127.0.0.1:8000';
const toGateway = (target: string): ProxyOptions => ({
  target,
  changeOrigin: true,
  configure: (proxy) => {
    proxy.on('proxyReq', (req) => req.removeHeader('origin'));
    proxy.on('proxyReqWs', (req) => req.removeHeader('origin'));
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: '/',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // With API keys off the gateway answers only its own Host and origin (DNS rebinding, cross-site
    // writes): the dev server forwards as that origin. Sec-Fetch-Site still says when a page on
    // another site made the request, so the gateway still refuses those.
    proxy: {
      '/jobs': toGateway(gateway),
      '/batches': toGateway(gateway),
      '/health': toGateway(gateway),
      '/ws': { ...toGateway(gateway.replace(/^http/, 'ws')), ws: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
