// Which documented std items the coverage list leaves out, and why: unstable, deprecated, unsafe,
// allocator APIs, raw-pointer APIs, and OS process APIs (the simulator has no OS).
import type { DocItem } from './doc-html.ts';

export type Exclusion = 'unstable' | 'deprecated' | 'unsafe' | 'allocator' | 'raw-pointer' | 'os';

export const EXCLUSION_NOTES: Record<Exclusion, string> = {
  unstable: 'nightly only (no "Stable since")',
  deprecated: 'deprecated',
  unsafe: 'unsafe fn',
  allocator: 'custom allocator API (`*_in`, `allocator`, `A: Allocator`)',
  'raw-pointer': 'raw pointers (`*const T` / `*mut T`, from_raw / into_raw)',
  os: 'operating-system API (processes, commands, ids)',
};

export function exclusionOf(item: DocItem, only?: string[]): Exclusion | null {
  if (only && !only.includes(item.name)) return 'os';
  if (item.unstable) return 'unstable';
  if (item.deprecated) return 'deprecated';
  if (item.unsafe) return 'unsafe';
  if (/_in$/.test(item.name) || /allocator/.test(item.name) || /\balloc: A\b|: Allocator\b/.test(item.signature)) return 'allocator';
  if (/\*(const|mut) /.test(item.signature) || /^(from_raw|into_raw|as_ptr|as_mut_ptr|from_raw_parts|into_raw_parts)$/.test(item.name)) return 'raw-pointer';
  return null;
}
