import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The agent console. `npm run build:console` writes it to dist/agent-console, which the API serves at /;
 * `npm run dev:console` serves it on :5173 and forwards /graphql (HTTP and WebSocket) and the microphone call's
 * /voice stream (WebSocket) to the API on :3000.
 * Vite 8 compiles the TSX with its built-in Oxc transform (React's automatic JSX runtime).
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: `${repo}dist/agent-console`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true, changeOrigin: true },
      '/voice': { target: 'http://localhost:3000', ws: true, changeOrigin: true },
    },
  },
});
