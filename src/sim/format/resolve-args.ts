// Resolves placeholder references (`{}`, `{0}`, `{name}`, `N$`, `name$`, `.*`) to argument indices.
// Arguments are numbered positionals first, then named ones in `namedNames` order; rustc's checks included.
import type { ArgRef, FmtCount, FmtPiece, FmtTrait, ResolvedCount, ResolvedPiece } from './fmt-value.ts';

export type ResolveResult = { ok: true; pieces: ResolvedPiece[] } | { ok: false; message: string; offset: number };

class ResolveError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Turn implicit/named references into explicit argument indices and check every argument is used. */
export function resolveArgs(pieces: FmtPiece[], positionalCount: number, namedNames: string[]): ResolveResult {
  const total = positionalCount + namedNames.length;
  const used = new Array<boolean>(total).fill(false);
  let next = 0;
  let implicitMax = -1; // highest index reached through `{}` / `.*`
  const out: ResolvedPiece[] = [];
  try {
    const byName = (name: string, offset: number): number => {
      const k = namedNames.indexOf(name);
      if (k < 0) throw new ResolveError(`there is no argument named \`${name}\``, offset);
      return positionalCount + k;
    };
    const explicitPos = (n: number, offset: number): number => {
      if (n >= total) {
        const have = total === 0 ? 'no arguments were given' : `there ${total === 1 ? 'is' : 'are'} ${plural(total, 'argument')}`;
        throw new ResolveError(`invalid reference to positional argument ${n} (${have})`, offset);
      }
      return n;
    };
    const takeNext = (): number => {
      const k = next;
      next += 1;
      implicitMax = Math.max(implicitMax, k);
      return k;
    };
    const count = (c: FmtCount | null, offset: number): ResolvedCount | null => {
      if (c === null) return null;
      if ('lit' in c) return { lit: c.lit };
      const k = 'pos' in c ? explicitPos(c.pos, offset) : 'name' in c ? byName(c.name, offset) : takeNext();
      used[k] = true;
      return { pos: k };
    };
    for (const p of pieces) {
      if (p.kind === 'lit') {
        out.push({ kind: 'lit', text: p.text });
        continue;
      }
      const width = count(p.spec.width, p.offset);
      const precision = count(p.spec.precision, p.offset); // `.*` takes its argument before the value
      const pos = argIndex(p.arg, p.offset, takeNext, explicitPos, byName);
      used[pos] = true;
      out.push({ kind: 'arg', pos, spec: { ...p.spec, width, precision } });
    }
    if (implicitMax >= total) {
      const n = implicitMax + 1;
      const have = total === 0 ? 'no arguments were given' : `there ${total === 1 ? 'is' : 'are'} ${plural(total, 'argument')}`;
      throw new ResolveError(`${plural(n, 'positional argument')} in format string, but ${have}`, 0);
    }
    const unusedPos = used.slice(0, positionalCount).flatMap((u, k) => (u ? [] : [k]));
    if (unusedPos.length > 1) throw new ResolveError('multiple unused formatting arguments', 0);
    if (unusedPos.length === 1) throw new ResolveError('argument never used', 0);
    const unusedNamed = namedNames.filter((_, k) => !used[positionalCount + k]);
    if (unusedNamed.length > 0) throw new ResolveError('named argument never used', 0);
  } catch (e) {
    if (e instanceof ResolveError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
  return { ok: true, pieces: out };
}

function argIndex(
  arg: ArgRef,
  offset: number,
  takeNext: () => number,
  explicitPos: (n: number, offset: number) => number,
  byName: (name: string, offset: number) => number,
): number {
  if ('next' in arg) return takeNext();
  if ('pos' in arg) return explicitPos(arg.pos, offset);
  return byName(arg.name, offset);
}

/** Names used in the format string that are not given as named arguments: rustc captures them from scope. */
export function inlineNamesFrom(pieces: FmtPiece[], namedNames: string[] = []): string[] {
  const names: string[] = [];
  const add = (n: string): void => {
    if (!namedNames.includes(n) && !names.includes(n)) names.push(n);
  };
  for (const p of pieces) {
    if (p.kind !== 'arg') continue;
    if ('name' in p.arg) add(p.arg.name);
    for (const c of [p.spec.width, p.spec.precision]) if (c !== null && 'name' in c) add(c.name);
  }
  return names;
}

/** Which traits each argument is formatted with, without knowing the argument count (for building values lazily). */
export interface ArgTraits {
  positional: Map<number, Set<FmtTrait>>;
  named: Map<string, Set<FmtTrait>>;
}

/** Walk the placeholders the way resolveArgs numbers them (`{}` and `.*` advance the counter) and collect traits. */
export function argTraits(pieces: FmtPiece[]): ArgTraits {
  const positional = new Map<number, Set<FmtTrait>>();
  const named = new Map<string, Set<FmtTrait>>();
  const add = <K>(m: Map<K, Set<FmtTrait>>, k: K, t: FmtTrait): void => {
    const s = m.get(k) ?? new Set<FmtTrait>();
    s.add(t);
    m.set(k, s);
  };
  let next = 0;
  for (const p of pieces) {
    if (p.kind !== 'arg') continue;
    if (p.spec.precision !== null && 'star' in p.spec.precision) next += 1; // the precision argument (a usize)
    if ('next' in p.arg) add(positional, next++, p.spec.trait);
    else if ('pos' in p.arg) add(positional, p.arg.pos, p.spec.trait);
    else add(named, p.arg.name, p.spec.trait);
  }
  return { positional, named };
}
