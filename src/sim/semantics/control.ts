// Control-flow expressions: blocks with labels, if / if let, while / while let, loop, for, break, continue,
// return, match (with guards and arm-scoped bindings) and `?`; loop iterations count against the step budget.
import { tryErr } from './try-convert.ts';
import type * as A from '../syntax/ast.ts';
import { type Value, type Place, UNIT } from '../memory/value.ts';
import { type Interp } from './interp.ts';
import { R } from './resolve.ts';
import { BreakSignal, ContinueSignal, ReturnSignal } from './signals.ts';
import { evalPlaceOrTemp, derefAll } from './place.ts';
import { bindPattern } from './pattern.ts';
import { evalExpr } from './expr.ts';

export function truthy(ip: Interp, v: Value, e: A.Expr): boolean {
  if (v.k === 'bool') return v.v;
  v = derefAll(ip, v);
  if (v.k === 'bool') return v.v;
  return ip.unsupported('bool이 아닌 조건', e.span);
}

function countStep(ip: Interp): void {
  if (++ip.steps > ip.opts.maxSteps) ip.tick({ start: ip.at, end: ip.at });
}

function labelMatches(sig: { label: string | undefined }, label: A.Label | undefined): boolean {
  return sig.label === undefined || sig.label === label?.name;
}

export function evBlockExpr(ip: Interp, e: A.BlockExpr, _noMove: boolean): Value {
  if (!e.label) return ip.execBlock(e.block);
  try {
    return ip.execBlock(e.block);
  } catch (x) {
    if (x instanceof BreakSignal && x.label === e.label.name) return x.value;
    throw x;
  }
}

export function evIf(ip: Interp, e: A.IfExpr, _noMove: boolean): Value {
  // Kept small (the `if let` form is its own function): this frame sits on the JS stack in recursive Rust calls.
  if (e.cond.kind === 'Let') return evIfLet(ip, e, e.cond);
  const mark = ip.tempMark();
  const c = truthy(ip, evalExpr(ip, e.cond), e.cond);
  ip.dropTempsTo(mark);
  if (c) return ip.execBlock(e.then);
  if (!e.else) return UNIT;
  return e.else.kind === 'BlockExpr' && !e.else.label ? ip.execBlock(e.else.block) : evalExpr(ip, e.else);
}

function evIfLet(ip: Interp, e: A.IfExpr, cond: A.LetExpr): Value {
  {
    return ip.withTemps(() => {
      const place = evalPlaceOrTemp(ip, cond.expr);
      if (bindPattern(ip, cond.pat, place, false)) {
        const f = ip.frame;
        let v: Value;
        try {
          v = ip.execBlock(e.then);
        } finally {
          ip.dropSlots(f, R(cond).$decls, e.then.span.end);
        }
        return v;
      }
      if (!e.else) return UNIT;
  return e.else.kind === 'BlockExpr' && !e.else.label ? ip.execBlock(e.else.block) : evalExpr(ip, e.else);
    });
  }
}

export function evWhile(ip: Interp, e: A.WhileExpr, _noMove: boolean): Value {
  for (;;) {
    countStep(ip);
    try {
      if (e.cond.kind === 'Let') {
        const cond = e.cond;
        const go = ip.withTemps(() => {
          const place = evalPlaceOrTemp(ip, cond.expr);
          if (!bindPattern(ip, cond.pat, place, false)) return false;
          const f = ip.frame;
          try {
            ip.execBlock(e.body);
          } finally {
            ip.dropSlots(f, R(cond).$decls, e.body.span.end);
          }
          return true;
        });
        if (!go) break;
      } else {
        const mark = ip.tempMark();
        const c = truthy(ip, evalExpr(ip, e.cond), e.cond);
        ip.dropTempsTo(mark);
        if (!c) break;
        ip.execBlock(e.body);
      }
    } catch (x) {
      if (x instanceof BreakSignal && labelMatches(x, e.label)) break;
      if (x instanceof ContinueSignal && labelMatches(x, e.label)) continue;
      throw x;
    }
  }
  return UNIT;
}

export function evLoop(ip: Interp, e: A.LoopExpr, _noMove: boolean): Value {
  for (;;) {
    countStep(ip);
    try {
      ip.execBlock(e.body);
    } catch (x) {
      if (x instanceof BreakSignal && labelMatches(x, e.label)) return x.value;
      if (x instanceof ContinueSignal && labelMatches(x, e.label)) continue;
      throw x;
    }
  }
}

export function evFor(ip: Interp, e: A.ForExpr, _noMove: boolean): Value {
  const src = evalExpr(ip, e.iter);
  const it = ip.std.toIter(ip, src, e.iter.span);
  const f = ip.frame;
  const decls = R(e).$decls;
  try {
    for (;;) {
      countStep(ip);
      const x = it.next();
      if (x === null) break;
      const holder: Place = { c: [x], i: 0, root: { to: 'temp' } };
      bindPattern(ip, e.pat, holder, false);
      try {
        ip.execBlock(e.body);
      } catch (sig) {
        if (sig instanceof ContinueSignal && labelMatches(sig, e.label)) { ip.dropSlots(f, decls, e.body.span.end); continue; }
        throw sig;
      }
      ip.dropSlots(f, decls, e.body.span.end);
    }
  } catch (x) {
    if (x instanceof BreakSignal && labelMatches(x, e.label)) { ip.dropSlots(f, decls, e.body.span.end); dropIter(ip, it); return UNIT; }
    if (x instanceof BreakSignal || x instanceof ContinueSignal || x instanceof ReturnSignal) { ip.dropSlots(f, decls, e.body.span.end); dropIter(ip, it); }
    throw x;
  }
  dropIter(ip, it);
  return UNIT;
}

export function evBreak(ip: Interp, e: A.BreakExpr, _noMove: boolean): Value {
  throw new BreakSignal(e.label?.name, e.value ? evalExpr(ip, e.value) : UNIT);
}

export function evContinue(_ip: Interp, e: A.ContinueExpr, _noMove: boolean): Value {
  throw new ContinueSignal(e.label?.name);
}

export function evReturn(ip: Interp, e: A.ReturnExpr, _noMove: boolean): Value {
  throw new ReturnSignal(e.value ? evalExpr(ip, e.value) : UNIT);
}

export function evMatch(ip: Interp, e: A.MatchExpr, _noMove: boolean): Value {
  const place = evalPlaceOrTemp(ip, e.scrutinee);
  const f = ip.frame;
  for (const arm of e.arms) {
    if (!bindPattern(ip, arm.pat, place, false)) continue;
    if (arm.guard && !truthy(ip, ip.withTemps(() => evalExpr(ip, arm.guard!)), arm.guard)) {
      ip.dropSlots(f, R(arm).$decls, arm.span.end);
      continue;
    }
    let v: Value;
    try {
      v = evalExpr(ip, arm.body);
    } finally {
      ip.dropSlots(f, R(arm).$decls, arm.span.end);
    }
    return v;
  }
  return ip.unsupported('어느 갈래에도 맞지 않는 match', e.span);
}

export function evTry(ip: Interp, e: A.TryExpr, _noMove: boolean): Value {
  const v = evalExpr(ip, e.expr);
  if (v.k !== 'enum') return ip.unsupported('`?` 연산자 대상', e.span);
  if (v.variant === 'Some' || v.variant === 'Ok') return v.f[0];
  if (v.variant === 'None') throw new ReturnSignal(v);
  throw new ReturnSignal(tryErr(ip, e, v, e.span));
}

function dropIter(_ip: Interp, it: { drop?: () => void }): void {
  if (it.drop) it.drop();
}
