// Reads a cargo crate (or workspace) folder into the { relative path → text } map the simulator's crate API
// takes: every text file, `target/` and hidden folders left out. Node I/O at the edge.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['target', 'node_modules']);
/** Largest single file read into the simulated file system (bigger files are left out). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function readCrateFolder(root: string, skipFiles: ReadonlySet<string> = new Set()): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const st = statSync(full);
      const r = rel ? rel + '/' + name : name;
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(full, r);
      } else if (st.isFile() && st.size <= MAX_FILE_BYTES && !skipFiles.has(name)) {
        const bytes = readFileSync(full);
        if (!bytes.includes(0)) out[r] = bytes.toString('utf8');
      }
    }
  };
  walk(root, '');
  return out;
}
