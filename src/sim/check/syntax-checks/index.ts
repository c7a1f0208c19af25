// The structural checks that need no type inference, over the name tables: lifetimes in signatures and
// fields (E0106), recursive types (E0072/E0391), loops (E0268/E0267), calls (E0061/E0040), struct
// fields (E0063/E0560/E0609), matches on evident types (E0004) and unsized `dyn` return types (E0746) and
// trait associated fns called with no impl type (E0790), calls of unsafe fns outside `unsafe` (E0133),
// trait impls missing required items (E0046).
import type * as A from '../../syntax/ast.ts';
import type { Pass, PassContext } from '../index.ts';
import type { CompileDiagnostic } from '../diagnostic.ts';
import { nameTables } from '../names/index.ts';
import { spanKey, type NameTables } from '../names/tables.ts';
import { fieldRefs, fnReturn } from './lifetimes.ts';
import { needsDropCycle, recursiveType } from './recursive.ts';
import { forEachBody, walkBlock } from './walk.ts';
import { breakOutsideLoop } from './loops.ts';
import { fnCall, methodCall } from './calls.ts';
import { fieldAccess, structLiteral } from './fields.ts';
import { nonExhaustive, refutableLet } from './exhaustive.ts';
import { typeOfPlace } from './evident.ts';
import { restTwice } from './patterns.ts';
import { returnsDyn } from './return-dyn.ts';
import { traitFnCall } from './trait-calls.ts';
import { unsafeCalls } from './unsafe-calls.ts';
import { missingTraitItems } from './trait-items.ts';

function items(list: readonly A.Item[], f: (it: A.Item, impl?: A.ImplItem) => void): void {
  for (const it of list) {
    f(it);
    if (it.kind === 'Mod') items(it.items, f);
    if (it.kind === 'Impl') for (const m of it.members) if (m.kind === 'Fn') f(m, it);
    if (it.kind === 'Fn') items(it.body.stmts.flatMap((s) => (s.kind === 'ItemStmt' ? [s.item] : [])), f);
  }
}

/** Bodies that name `fn` (call it or take it as a value): a failed signature taints their typeck. */
function callers(ctx: PassContext, tables: NameTables, fn: A.FnItem): A.Span[] {
  const out: A.Span[] = [];
  forEachBody(ctx.program, (body, bctx) => {
    let hit = false;
    walkBlock(body, bctx, (e) => {
      if (e.kind !== 'PathExpr') return;
      const res = tables.res.get(spanKey(e.path.span));
      if (res?.kind === 'def' && res.def.item === fn) hit = true;
    });
    if (hit) out.push(bctx.fn.span);
  });
  return out;
}

/** Bodies that build a value of `item` with fields (a struct literal, a tuple variant or struct called). */
function builders(ctx: PassContext, tables: NameTables, item: A.StructItem | A.EnumItem): A.Span[] {
  const out: A.Span[] = [];
  forEachBody(ctx.program, (body, bctx) => {
    let hit = false;
    walkBlock(body, bctx, (e) => {
      const path = e.kind === 'Struct' ? e.path : e.kind === 'Call' && e.callee.kind === 'PathExpr' ? e.callee.path : undefined;
      if (!path) return;
      const res = tables.res.get(spanKey(path.span));
      if (res?.kind === 'def' && res.def.item === item) hit = true;
    });
    if (hit) out.push(bctx.fn.span);
  });
  return out;
}

function signatures(ctx: PassContext, tables: NameTables): void {
  items(ctx.program.items, (it, impl) => {
    if (it.kind === 'Fn') {
      const d = fnReturn(it, tables, tables.text, impl?.generics ?? []);
      if (d) ctx.report(d, { phase: 'resolve', taints: callers(ctx, tables, it) });
    } else if (it.kind === 'Trait') {
      for (const m of it.members) {
        if (m.kind !== 'TraitFn') continue;
        if (m.receiver === undefined) {
          const d = fnReturn(m, tables, tables.text, it.generics);
          if (d) ctx.report(d, { phase: 'resolve' });
        }
      }
    } else if (it.kind === 'Struct' || it.kind === 'Enum') {
      const ds = fieldRefs(it, tables, tables.text);
      const taints = ds.length > 0 ? builders(ctx, tables, it) : [];
      for (const d of ds) ctx.report(d, { phase: 'resolve', taints });
    }
  });
}

function recursive(ctx: PassContext, tables: NameTables): void {
  const bad = new Map<string, A.StructItem | A.EnumItem>();
  items(ctx.program.items, (it) => {
    if (it.kind !== 'Struct' && it.kind !== 'Enum') return;
    const d = recursiveType(it, tables.text);
    if (d) {
      ctx.report(d, { phase: 'item' });
      bad.set(it.name.name, it);
    }
  });
  if (bad.size === 0) return;
  // A body that builds a value of such a type asks whether it needs drop: rustc's E0391 cycle, once per type.
  const done = new Set<string>();
  forEachBody(ctx.program, (body, bctx) => {
    walkBlock(body, bctx, (e) => {
      const path = e.kind === 'PathExpr' ? e.path : e.kind === 'Struct' ? e.path : e.kind === 'Call' && e.callee.kind === 'PathExpr' ? e.callee.path : undefined;
      if (!path) return;
      const res = tables.res.get(spanKey(path.span));
      if (res?.kind !== 'def') return;
      const owner = res.def.kind === 'variant' ? res.def.enumDef?.item : res.def.kind === 'struct' ? res.def.item : undefined;
      if (!owner || (owner.kind !== 'Struct' && owner.kind !== 'Enum')) return;
      const item = bad.get(owner.name.name);
      if (!item || item !== owner || done.has(owner.name.name)) return;
      done.add(owner.name.name);
      ctx.report(needsDropCycle(item, tables.text), { phase: 'body', body: bctx.fn.span, step: 'typeck' });
    });
  });
}

/** E0046 for impls of a trait declared beside them (same module, one trait of that name, not shadowed by a `use`). */
function traitImpls(ctx: PassContext, list: readonly A.Item[], text: NameTables['text']): void {
  for (const it of list) {
    if (it.kind === 'Mod') traitImpls(ctx, it.items, text);
    if (it.kind !== 'Impl' || !it.trait || it.trait.segments.length !== 1) continue;
    const name = it.trait.segments[0].name;
    const traits = list.filter((x): x is A.TraitItem => x.kind === 'Trait' && x.name.name === name);
    if (traits.length !== 1 || list.some((x) => x.kind === 'Use' && x.bindings.some((b) => b.kind === 'UseName' && b.local === name))) continue;
    const d = missingTraitItems(it, traits[0], text);
    if (d) ctx.report(d, { phase: 'item' });
  }
}

export const syntaxChecksPass: Pass = {
  name: 'syntax-checks',
  run(ctx) {
    const tables = nameTables(ctx);
    signatures(ctx, tables);
    recursive(ctx, tables);
    traitImpls(ctx, ctx.program.items, tables.text);
    forEachBody(ctx.program, (body, bctx) => {
      const order = { phase: 'body' as const, body: bctx.fn.span };
      const pats: A.Pattern[] = bctx.fn.params.map((p) => p.pat);
      const letStmt = (s: A.Stmt, c: typeof bctx): void => {
        if (s.kind === 'LetStmt') pats.push(s.pat);
        if (s.kind !== 'LetStmt' || !s.init) return;
        const t = typeOfPlace(s.init, tables, c.fn, c.impl);
        const d = t && refutableLet(s, t, tables);
        if (d) ctx.report(d, { ...order, step: 'match' });
      };
      walkBlock(body, bctx, (e, c) => {
        const typeck = { ...order, step: 'typeck' as const };
        if (e.kind === 'Match') pats.push(...e.arms.map((a) => a.pat));
        else if (e.kind === 'Let' || e.kind === 'For' || e.kind === 'MatchesMacro') pats.push(e.pat);
        else if (e.kind === 'Closure') pats.push(...e.params.map((p) => p.pat));
        if (e.kind === 'Break' || e.kind === 'Continue') {
          const d = breakOutsideLoop(e, c, tables.text);
          if (d) ctx.report(d, typeck);
        } else if (e.kind === 'Call') {
          const d = fnCall(e, tables, tables.text) ?? traitFnCall(e, ctx.program);
          if (d) ctx.report(d, typeck);
        } else if (e.kind === 'MethodCall') {
          const t = typeOfPlace(e.receiver, tables, c.fn, c.impl);
          const d = t && methodCall(e, t, tables, tables.text);
          if (d) ctx.report(d, typeck);
        } else if (e.kind === 'Struct') {
          for (const d of structLiteral(e, tables)) ctx.report(d, typeck);
        } else if (e.kind === 'Field' || e.kind === 'TupleIndex') {
          const t = typeOfPlace(e.object, tables, c.fn, c.impl);
          const d = t && fieldAccess(e, t, tables);
          if (d) ctx.report(d, typeck);
        } else if (e.kind === 'Match') {
          const t = typeOfPlace(e.scrutinee, tables, c.fn, c.impl);
          const d = t && nonExhaustive(e, t, tables, tables.text);
          if (d) ctx.report(d, { ...order, step: 'match' });
        }
      }, (blk) => {
        for (const s of blk.stmts) letStmt(s, bctx);
      });
      for (const d of unsafeCalls(body, bctx, tables, ctx.edition)) ctx.report(d, { ...order, step: 'match' });
      const unsized = returnsDyn(bctx.fn, body, bctx);
      if (unsized) {
        const fn = bctx.fn as A.FnItem;
        ctx.report(unsized, { ...order, step: 'typeck', taints: fn.kind === 'Fn' ? callers(ctx, tables, fn) : [] });
      }
      const found: CompileDiagnostic[] = [];
      for (const p of pats) restTwice(p, found);
      for (const d of found) ctx.report(d, { phase: 'parse' });
    });
  },
};
