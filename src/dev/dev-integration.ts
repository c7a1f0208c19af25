// The Astro integration `heapbook dev` adds: the reload plugin and, on every page, the error overlay script.
import type { AstroIntegration } from 'astro';
import { reloadPlugin, type ReloadPluginOptions } from './reload-plugin.ts';

export function heapbookDevIntegration(opts: ReloadPluginOptions): AstroIntegration {
  return {
    name: 'heapbook-dev',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('page', `import '/src/dev/overlay-client.ts';`);
        updateConfig({ vite: { plugins: [reloadPlugin(opts)] } });
      },
    },
  };
}
