// Rewrites the temp paths of a real cargo run (the crate's copy, the worker's CARGO_TARGET_DIR) into what
// cargo prints for the crate at its own place: the book's folder and a `target/` inside it. Pure.

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface TempLayout {
  /** The temp root: crates are copied to `<tmp>/heapbook-conformance-<pid>/w<k>/<folder name>` (and built in its `target/`). */
  tmp: string;
  /** The crate's folder name (the copy keeps it). */
  folder: string;
  /** Where the crate really is (the book's folder), absolute. */
  home: string;
}

/**
 * `Compiling x v0.1.0 (/tmp/heapbook-conformance-123/w0/x)` → `(<home>)`;
 * `Running \`/tmp/heapbook-conformance-target/w0/debug/x\`` → `Running \`target/debug/x\`` (cargo shows a target
 * dir inside the current folder relative to it).
 */
export function relocate(text: string, layout: TempLayout): string {
  const tmp = escape(layout.tmp.replace(/\/+$/, ''));
  // Cache entries made while workers shared a target dir: `…-<pid>/target-w<k>/`, `…-target/w<k>/`.
  const target = new RegExp(`${tmp}/heapbook-conformance-(?:\\d+/target-w|target/w)\\d+/`, 'g');
  const copy = new RegExp(`${tmp}/heapbook-conformance-\\d+/w\\d+/${escape(layout.folder)}(?=[/\`)'"\\s]|$)`, 'gm');
  return text.replace(target, 'target/').replace(copy, layout.home);
}
