// What a closure captures, as edition 2021 does (RFC 2229): the precise places its body uses (`p.x`, not `p`),
// each with its own mode, so a closure that uses `p.x` leaves `p.y` free to borrow or move.
import type { Access, Cfg } from './cfg.ts';
import type { Proj } from './places.ts';
import type { Span } from '../../syntax/span.ts';
import type { Ty } from '../types/ty.ts';

export type CaptureMode = 'value' | 'mut' | 'ref';

export interface CapturePath {
  /** Field projections from the captured local (empty: the whole variable). */
  proj: Proj[];
  mode: CaptureMode;
  /** The place's type (the local's own when `proj` is empty). */
  ty: Ty;
  /** The first use of the place in the body (for "use occurs due to use in closure"). */
  span: Span;
}

const RANK: Record<CaptureMode, number> = { ref: 0, mut: 1, value: 2 };

/**
 * The places of `local` (of type `localTy`) a closure captures. Each use is cut at its first deref or index (a
 * capture is a local and fields); a by-value use below a type with a `Drop` impl captures that type whole (a field
 * cannot be moved out of it). A use under another captured place folds into it with the stronger mode. `modeOf`
 * gives one use's mode (null: not a capture). When a cut place's type is not known from a use of exactly that
 * place, the whole variable is captured, as before edition 2021. `drops`: the type has a Drop impl; `copies`: it is Copy.
 */
export function capturePaths(
  cfg: Cfg,
  local: number,
  localTy: Ty,
  modeOf: (ev: Access, cut: Proj[]) => CaptureMode | null,
  drops: (ty: Ty) => boolean,
  copies: (ty: Ty) => boolean,
): CapturePath[] {
  const tyAt = new Map<string, Ty>([['', localTy]]);
  // A pattern's partial move (`let P { v } = q;`) points at its binding; rustc points a capture at the place read.
  const uses: Array<{ proj: Proj[]; mode: CaptureMode; span: Span; partial: boolean }> = [];
  for (const n of cfg.nodes) {
    const ev = n.ev;
    if (!ev || ev.k !== 'access' || ev.place.local !== local) continue;
    const cut = ev.place.proj.findIndex((p) => p.k !== 'field');
    const proj = cut < 0 ? ev.place.proj : ev.place.proj.slice(0, cut);
    if (cut < 0 && ev.ty) tyAt.set(key(proj), ev.ty);
    if (ev.tys) for (let i = 1; i <= proj.length && i < ev.tys.length; i++) tyAt.set(key(proj.slice(0, i)), ev.tys[i]);
    const mode = modeOf(ev, proj);
    if (mode !== null) uses.push({ proj, mode, span: ev.target ?? ev.useSpan ?? ev.span, partial: ev.partial === true });
  }
  if (uses.length === 0) return [];
  for (const u of uses) {
    // Copying a field out of a Drop type is fine; only a move cuts the place there.
    const leaf = tyAt.get(key(u.proj));
    if (u.mode !== 'value' || (leaf !== undefined && copies(leaf))) continue;
    for (let i = 0; i < u.proj.length; i++) {
      const t = tyAt.get(key(u.proj.slice(0, i)));
      if (t === undefined || drops(t)) { u.proj = u.proj.slice(0, i); break; }
    }
  }
  const whole = (): CapturePath[] => [{ proj: [], mode: uses.reduce<CaptureMode>((m, u) => (RANK[u.mode] > RANK[m] ? u.mode : m), 'ref'), ty: localTy, span: firstUse(uses) }];
  if (uses.some((u) => !tyAt.has(key(u.proj)))) return whole();
  // Shortest places first: a longer one under a kept place folds into it.
  const found: CapturePath[] = [];
  for (const u of [...uses].sort((a, b) => a.proj.length - b.proj.length)) {
    const under = found.find((f) => f.proj.length <= u.proj.length && f.proj.every((p, i) => sameField(p, u.proj[i])));
    if (!under) { found.push({ proj: u.proj, mode: u.mode, ty: tyAt.get(key(u.proj))!, span: u.span }); continue; }
    if (RANK[u.mode] > RANK[under.mode]) under.mode = u.mode;
  }
  // Each capture's span: the first use at or under its place.
  for (const f of found) f.span = firstUse(uses.filter((u) => f.proj.every((p, i) => sameField(p, u.proj[i]))));
  return found;
}

function key(proj: Proj[]): string {
  return proj.map((p) => (p.k === 'field' ? p.name : '*')).join('.');
}

function sameField(a: Proj, b: Proj | undefined): boolean {
  return b !== undefined && a.k === 'field' && b.k === 'field' && a.name === b.name;
}

function firstUse(uses: Array<{ span: Span; partial: boolean }>): Span {
  const whole = uses.filter((u) => !u.partial);
  return first((whole.length ? whole : uses).map((u) => u.span));
}

function first(spans: Span[]): Span {
  return spans.reduce((a, b) => (b.start.line < a.start.line || (b.start.line === a.start.line && b.start.col < a.start.col) ? b : a));
}
