// Browser side of the dev overlay (injected into every page by `heapbook dev`): shows the book's errors over the
// page, from the status endpoint on load and from `heapbook:status` messages on the dev server's socket.
import { OVERLAY_CSS, overlayHtml } from './overlay-view.ts';
import type { DevStatus } from './dev-status.ts';

const HOST_ID = 'heapbook-dev-overlay';
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + '/';
let dismissedVersion = -1;

function render(status: DevStatus): void {
  document.getElementById(HOST_ID)?.remove();
  const html = overlayHtml(status);
  if (!html || status.version === dismissedVersion) return;
  const host = document.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${OVERLAY_CSS}</style><div class="backdrop">${html}</div>`;
  root.querySelector('.close')?.addEventListener('click', () => {
    dismissedVersion = status.version;
    host.remove();
  });
  document.body.appendChild(host);
}

fetch(`${BASE}__heapbook/status`)
  .then((r) => (r.ok ? (r.json() as Promise<DevStatus>) : null))
  .then((s) => s && render(s))
  .catch(() => undefined);

if (import.meta.hot) {
  import.meta.hot.on('heapbook:status', (s: DevStatus) => render(s));
}
