// Loads the hand-written trace fixtures (test/components/fixtures/*.trace.json) for the component tests.
// The fixtures follow src/sim/trace/schema.ts; they are data, not simulator output.
import { readFileSync } from 'node:fs';
import type { Trace } from '../../src/sim/trace/schema.ts';

export function loadTrace(name: string): Trace {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.trace.json`, import.meta.url), 'utf8')) as Trace;
}
