// The page the dev server answers with while no version of the book has loaded yet (so Astro has nothing to
// render): the errors in Korean with file:line, and a tiny script that reloads as soon as the book loads.
import type { DevStatus } from './dev-status.ts';
import { OVERLAY_CSS, escapeHtml, overlayHtml } from './overlay-view.ts';

export function errorPageHtml(status: DevStatus, statusUrl: string): string {
  const body = overlayHtml(status) ?? '<div class="panel"><h2>책을 읽는 중입니다…</h2></div>';
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>heapbook dev: 책에 오류가 있습니다</title>
<style>${OVERLAY_CSS.replace(':host { all: initial; }', 'body { margin: 0; background: #111; }')}</style></head>
<body><div class="backdrop">${body}</div>
<script>
const seen = ${JSON.stringify(status.version)};
setInterval(async () => {
  try {
    const s = await (await fetch(${JSON.stringify(escapeHtml(statusUrl))})).json();
    if (s.version !== seen) location.reload();
  } catch {}
}, 400);
</script></body></html>`;
}
