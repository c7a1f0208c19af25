// Builds the coverage list from std's rustdoc pages: per group, the stable safe items (methods and
// associated functions) with their signatures, and the left-out items with the reason. Pure over `read`.
import { GROUPS } from './groups.ts';
import { inherentItems, traitItems, moduleFunctions, type DocItem } from './doc-html.ts';
import { exclusionOf, EXCLUSION_NOTES, type Exclusion } from './exclude.ts';

export interface ListItem {
  name: string;
  signature: string;
  since: string;
  /** For merged groups (`int`, `float`, `Entry`, `Ref`): the pages that define it. */
  on?: string[];
}

export interface StdList {
  source: string;
  exclusions: Record<Exclusion, string>;
  groups: Array<{ group: string; items: ListItem[]; excluded: Array<{ name: string; reason: Exclusion }> }>;
}

const pageLabel = (path: string) => path.replace(/^.*\//, '').replace(/^(primitive|struct|enum|trait)\./, '').replace(/\.html$/, '');

export function buildList(read: (path: string) => string, source: string): StdList {
  const groups: StdList['groups'] = [];
  for (const g of GROUPS) {
    const items = new Map<string, ListItem>();
    const excluded = new Map<string, Exclusion>();
    for (const page of g.pages) {
      const html = read(page.path);
      const found: DocItem[] = page.kind === 'inherent' ? inherentItems(html) : page.kind === 'trait' ? traitItems(html) : moduleFunctions(html);
      for (const it of found) {
        const name = (page.prefix ?? '') + it.name;
        const why = exclusionOf(it, g.only);
        if (why) { if (!items.has(name)) excluded.set(name, why); continue; }
        excluded.delete(name);
        const prev = items.get(name);
        if (prev) { if (g.pages.length > 1) prev.on = [...(prev.on ?? []), pageLabel(page.path)]; continue; }
        items.set(name, { name, signature: it.signature, since: it.since ?? '', ...(g.pages.length > 1 ? { on: [pageLabel(page.path)] } : {}) });
      }
    }
    groups.push({
      group: g.group,
      items: [...items.values()].sort((a, b) => a.name.localeCompare(b.name)),
      excluded: [...excluded].map(([name, reason]) => ({ name, reason })).sort((a, b) => a.name.localeCompare(b.name)),
    });
  }
  return { source, exclusions: EXCLUSION_NOTES, groups };
}
