import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway serves dist/ at `/`; in development (`pnpm dev`) the API and WebSocket are proxied to it.
const gateway = process.env.POLICYDIFF_GATEWAY ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/jobs': gateway,
      '/health': gateway,
      '/ws': { target: gateway.replace(/^http/, 'ws'), ws: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
