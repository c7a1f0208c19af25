// The Vite plugin behind `heapbook dev`'s live reload: watches the whole book folder (listings included),
// reloads the book after a burst of edits, clears Astro's route cache, then tells browsers to reload or show errors.
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { BookSession } from './book-session.ts';
import type { DevStatus } from './dev-status.ts';
import { isBookInput } from './watch-filter.ts';
import { devMiddleware } from './dev-middleware.ts';

export interface ReloadPluginOptions {
  session: BookSession;
  /** Site base ('/'), for the status endpoint and assets. */
  base: string;
  /** Quiet time after the last file event before reloading, in ms. */
  debounceMs?: number;
  /** Called after each reload with its status (the command prints it). */
  onStatus?: (status: DevStatus) => void;
}

export function reloadPlugin(opts: ReloadPluginOptions): Plugin {
  const { session } = opts;
  return {
    name: 'heapbook-dev-reload',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      server.middlewares.use(devMiddleware(session, opts.base));
      server.watcher.add(session.root);
      let synthetic = false;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const send = (status: DevStatus) => server.ws.send({ type: 'custom', event: 'heapbook:status', data: status });
      const reload = async () => {
        const { status, reloadPages } = await session.reload();
        opts.onStatus?.(status);
        if (reloadPages) {
          // Astro caches getStaticPaths() results (they carry the pages); a watcher 'change' is what clears them.
          synthetic = true;
          try {
            server.watcher.emit('change', join(session.root, 'book.toml'));
          } finally {
            synthetic = false;
          }
          send(status);
          server.ws.send({ type: 'full-reload', path: '*' });
          return;
        }
        send(status);
        const refined = await session.refine();
        if (refined) {
          opts.onStatus?.(refined);
          send(refined);
        }
      };
      const onEvent = (file: string) => {
        if (synthetic || !isBookInput(session.root, file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload().catch((e) => console.error(`[heapbook] 다시 읽기 실패: ${e instanceof Error ? e.stack : String(e)}`)), opts.debounceMs ?? 40);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);
    },
  };
}
