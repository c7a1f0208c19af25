// The request for a listing's precomputed run result (run/precomputed-run.ts reads it), started by the island's
// shell the moment a reader approaches 실행, so that it travels beside the run view's script. Loads with the page: tiny.
const started = new Map<string, Promise<Response>>();

/** The response for `file` (beside this script, where the build writes it), requested once per page. */
export function fetchAsset(file: string): Promise<Response> {
  let p = started.get(file);
  if (!p) {
    started.set(file, (p = fetch(new URL(file, import.meta.url))));
    // Whoever reads it handles a failure (the worker runs the listing then); never an unhandled rejection.
    p.catch(() => undefined);
  }
  return p;
}
