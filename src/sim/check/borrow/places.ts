// Places (a local plus field / deref / index projections), as rustc's MIR has them: how they overlap,
// and how rustc names them in messages (`s`, `*s`, `self.lines`, `v[_]`).
export type Proj = { k: 'deref' } | { k: 'field'; name: string } | { k: 'index' };

export interface Place {
  local: number;
  proj: Proj[];
}

export const placeKey = (p: Place): string => `${p.local}${p.proj.map((x) => (x.k === 'field' ? '.' + x.name : x.k === 'deref' ? '*' : '[]')).join('')}`;

/** `a` is a prefix of `b` (same local, `a`'s projections start `b`'s). */
export function isPrefix(a: Place, b: Place): boolean {
  if (a.local !== b.local || a.proj.length > b.proj.length) return false;
  return a.proj.every((x, i) => sameProj(x, b.proj[i]));
}

function sameProj(a: Proj, b: Proj): boolean {
  if (a.k === 'field') return b.k === 'field' && b.name === a.name;
  return a.k === b.k;
}

/** Two places may refer to overlapping memory (one is a prefix of the other; indexes may alias). */
export function overlaps(a: Place, b: Place): boolean {
  if (a.local !== b.local) return false;
  const n = Math.min(a.proj.length, b.proj.length);
  for (let i = 0; i < n; i++) {
    const x = a.proj[i];
    const y = b.proj[i];
    if (x.k === 'field' && y.k === 'field' && x.name !== y.name) return false;
    if (x.k !== y.k) return true;
  }
  return true;
}

export function hasDeref(p: Place): boolean {
  return p.proj.some((x) => x.k === 'deref');
}

/** rustc's description: `*x` for a trailing deref, `x.f` for a field (auto-deref hidden), `x[_]` for an index. */
export function describe(p: Place, name: (local: number) => string): string {
  let s = name(p.local);
  p.proj.forEach((x, i) => {
    if (x.k === 'field') s = `${s}.${x.name}`;
    else if (x.k === 'index') s = `${s}[_]`;
    else {
      const next = p.proj[i + 1];
      if (!next || next.k === 'deref') s = `*${s}`;
    }
  });
  return s;
}
