import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In `pnpm dev` the API runs on :3000 (apps/server); the dev server forwards its paths there so
// the SPA talks to it same-origin, as in production.
const api = 'http://localhost:3000';

export default defineConfig({
  base: '/seller/',
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/trpc': api, '/files': api, '/mail': api },
  },
  build: { target: 'es2022', sourcemap: true },
});
