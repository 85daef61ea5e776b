import { createServer } from 'vite';

/**
 * A Vite server that only loads the app's own TypeScript modules for a script (`server.ssrLoadModule`):
 * no HTTP listener, no WebSocket (two scripts at once never collide on a port), no file watcher, no
 * dependency scan. The caller closes it.
 */
export function moduleServer(root) {
  return createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}
