// `use` resolution to a fixpoint, as rustc's import resolver: local paths followed through modules and
// enums, std and unknown crates opaque; an import missing from a fully known module is E0432.
import type { Span } from '../diagnostic.ts';
import { Module, OPAQUE, EXTERN_ROOTS, lookupIn, closed, variantDef, type Def, type PendingUse } from './scope.ts';

export interface ImportFailure {
  use: PendingUse;
  /** The path's first segment names no crate (not std, not a dependency, not a local item). */
  noCrate?: boolean;
  /** The module the missing name was looked for in, and its display name. */
  module: Module;
  moduleName: string;
  missing: string;
  span: Span;
}

type Step = { k: 'module'; m: Module; name: string } | { k: 'enum'; def: Def } | { k: 'opaque' } | { k: 'wait' } | { k: 'fail'; m: Module; name: string; missing: string } | { k: 'nocrate'; name: string };

/** What some std globs bring into scope (anything else from std is an open glob: every name may exist). */
const STD_GLOBS: Record<string, string[]> = {
  'std::io::prelude': ['BufRead', 'Read', 'Seek', 'Write'],
  'std::collections': ['BTreeMap', 'BTreeSet', 'BinaryHeap', 'HashMap', 'HashSet', 'LinkedList', 'VecDeque', 'TryReserveError',
    'binary_heap', 'btree_map', 'btree_set', 'hash_map', 'hash_set', 'linked_list', 'vec_deque', 'Bound'],
};

function lexical(m: Module, ns: 'type' | 'value', name: string): Def | undefined {
  for (let s: Module | undefined = m; s; s = s.isBlock ? s.parent : undefined) {
    const d = lookupIn(s, ns, name);
    if (d) return d;
  }
  return undefined;
}

function pending(m: Module): boolean {
  return m.uses.some((u) => !u.done);
}

function startOf(m: Module, first: string, wrapped: boolean, unlinked: Unlinked, final = false): Step {
  if (wrapped && (first === 'crate' || first === 'self' || first === 'super')) return { k: 'opaque' };
  if (first === 'crate') return { k: 'module', m: m.crate, name: 'the root' };
  if (first === 'self') return { k: 'module', m: m.normal, name: m.normal.name };
  if (first === 'super') {
    const p = m.normal.crateRoot ? undefined : m.normal.parent?.normal;
    return p ? { k: 'module', m: p, name: p.name } : { k: 'opaque' };
  }
  if (EXTERN_ROOTS.has(first)) return { k: 'opaque' };
  const d = lexical(m, 'type', first);
  if (d) return stepInto(d, first);
  if (!final) for (let s: Module | undefined = m; s; s = s.isBlock ? s.parent : undefined) if (pending(s)) return { k: 'wait' };
  if (unlinked(first)) return { k: 'nocrate', name: first };
  return { k: 'opaque' }; // an external crate (Cargo.toml dependency) or something we do not model
}

function stepInto(d: Def, name: string): Step {
  if (d.kind === 'module' && d.module) return { k: 'module', m: d.module, name };
  if (d.kind === 'enum') return { k: 'enum', def: d };
  return { k: 'opaque' };
}

/** Follows path[0..n-1] then looks path[n-1] up; returns the defs found per namespace. */
function follow(m: Module, path: string[], wrapped: boolean, unlinked: Unlinked, final = false): { step: Step; types?: Def; values?: Def } {
  let step = startOf(m, path[0], wrapped, unlinked, final);
  if (step.k === 'nocrate') return { step };
  if (path.length === 1) {
    if (step.k === 'module') return { step, types: { kind: 'module', name: path[0], module: step.m, isPub: true } };
    const t = lexical(m, 'type', path[0]);
    const v = lexical(m, 'value', path[0]);
    if (t || v) return { step, types: t, values: v };
    return { step };
  }
  for (let i = 1; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    switch (step.k) {
      case 'opaque':
      case 'wait':
      case 'fail':
      case 'nocrate':
        return { step };
      case 'enum': {
        const e = step.def.item;
        const v = e?.kind === 'Enum' ? e.variants.find((x) => x.name.name === seg) : undefined;
        if (!v || !last) return { step: { k: 'opaque' } };
        const vd = variantDef(step.def, v);
        return { step, values: vd, types: v.fields.kind === 'Named' ? vd : undefined };
      }
      case 'module': {
        const t = lookupIn(step.m, 'type', seg);
        const v = last ? lookupIn(step.m, 'value', seg) : undefined;
        if (last && (t || v)) return { step, types: t, values: v };
        if (!last && t) {
          step = stepInto(t, seg);
          continue;
        }
        if (!final && pending(step.m)) return { step: { k: 'wait' } };
        if (!closed(step.m)) return { step: { k: 'opaque' } };
        return { step: { k: 'fail', m: step.m, name: step.name, missing: seg } };
      }
    }
  }
  return { step };
}

/** Whether a lowercase path root found in no scope is certainly not a linked extern crate. */
export type Unlinked = (name: string) => boolean;

export function resolveImports(modules: readonly Module[], wrapped: boolean, unlinked: Unlinked): ImportFailure[] {
  let progress = true;
  while (progress) {
    progress = false;
    for (const m of modules) {
      for (const u of m.uses) {
        if (u.done) continue;
        const b = u.binding;
        const r = follow(m, b.path, wrapped, unlinked);
        if (r.step.k === 'wait') continue;
        if (b.kind === 'UseGlob') {
          if (r.step.k === 'fail' || r.step.k === 'nocrate') continue;
          const known = STD_GLOBS[b.path.join('::')];
          if (known) {
            for (const n of known) {
              if (!m.types.has(n)) m.types.set(n, { ...OPAQUE, name: n });
              if (!m.values.has(n)) m.values.set(n, { ...OPAQUE, name: n });
            }
            u.done = true;
            progress = true;
            continue;
          }
          const target = r.types ?? (r.step.k === 'module' && b.path.length === 1 ? undefined : undefined);
          if (target?.kind === 'module' && target.module) m.globs.push(target.module);
          else if (target?.kind === 'enum') m.globs.push(target);
          else m.openGlob = true;
          u.done = true;
          progress = true;
          continue;
        }
        if (r.step.k === 'fail' || r.step.k === 'nocrate') continue;
        if (r.step.k === 'opaque' && !r.types && !r.values) {
          if (!m.types.has(b.local)) m.types.set(b.local, { ...OPAQUE, name: b.local });
          if (!m.values.has(b.local)) m.values.set(b.local, { ...OPAQUE, name: b.local });
        } else {
          if (r.types && !m.types.has(b.local)) m.types.set(b.local, { ...r.types, isPub: u.item.isPub || r.types.isPub });
          if (r.values && !m.values.has(b.local)) m.values.set(b.local, { ...r.values, isPub: u.item.isPub || r.values.isPub });
          if (!r.types && !r.values) {
            if (!m.types.has(b.local)) m.types.set(b.local, { ...OPAQUE, name: b.local });
            if (!m.values.has(b.local)) m.values.set(b.local, { ...OPAQUE, name: b.local });
          }
        }
        u.done = true;
        progress = true;
      }
    }
  }
  const failures: ImportFailure[] = [];
  // A module with an import we could not follow may hold names we cannot see: lookups into it are silent.
  for (const m of modules) if (m.uses.some((u) => !u.done)) m.incomplete = true;
  for (const m of modules) {
    for (const u of m.uses) {
      if (u.done) continue;
      const r = follow(m, u.binding.path, wrapped, unlinked, true);
      if (r.step.k === 'fail') failures.push({ use: u, module: r.step.m, moduleName: r.step.name, missing: r.step.missing, span: u.binding.span });
      if (r.step.k === 'nocrate') failures.push({ use: u, noCrate: true, module: m, moduleName: '', missing: r.step.name, span: u.binding.span });
      // Whatever we could not follow may hide names: be silent about this module from now on.
      m.incomplete = true;
      const local = u.binding.kind === 'UseName' ? u.binding.local : undefined;
      if (local !== undefined) {
        if (!m.types.has(local)) m.types.set(local, { ...OPAQUE, name: local });
        if (!m.values.has(local)) m.values.set(local, { ...OPAQUE, name: local });
      }
      u.done = true;
    }
  }
  return failures;
}
