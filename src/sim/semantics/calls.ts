// Paths and calls: resolving `foo`, `List::Nil`, `Some`, `Type::assoc`, constants and statics to values,
// and calling user functions, associated functions (incl. UFCS `List::tail(&a)`), constructors and closures.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../syntax/span.ts';
import { type Value, type EnumV, type Place, UNIT, none } from '../memory/value.ts';
import type { Interp } from './interp.ts';
import { evalExpr } from './expr.ts';
import { coerce, astTy } from './types.ts';
import { evalPlaceOrTemp } from './place.ts';
import { moveOut } from './pattern.ts';
import { R } from './resolve.ts';
import type { VariantDef } from './program.ts';
import { traitMethodCall } from './trait-call.ts';

export function segNames(path: A.Path): string[] {
  return path.segments.map((s) => s.name).filter((n) => n !== 'crate' && n !== 'self' && n !== 'super');
}

export function selfed(ip: Interp, segs: string[]): string[] {
  if (segs[0] === 'Self' && ip.frame?.selfName) return [ip.frame.selfName, ...segs.slice(1)];
  return segs;
}

export function evalPathValue(ip: Interp, path: A.Path): Value {
  const segs = selfed(ip, segNames(path));
  const last = segs[segs.length - 1];
  if (segs.length === 1) {
    if (last === 'None') return none();
    if (last === 'Some' || last === 'Ok' || last === 'Err') return { k: 'fn', name: last };
    const c = ip.index.consts.get(last);
    if (c) return constValue(ip, last, c);
    const st = ip.index.structs.get(last);
    if (st && st.item.fields.kind === 'Unit') return { k: 'struct', name: last, f: [], tuple: false };
    if (st && st.tuple) return { k: 'fn', name: 'ctor:' + last };
    if (ip.index.fns.has(last)) return { k: 'fn', name: last };
  }
  const vd = ip.index.variant(segs, ip.frame?.selfName);
  if (vd) {
    if (vd.shape === 'Unit') return { k: 'enum', name: vd.enumName, variant: vd.name, f: [] };
    return { k: 'fn', name: `variant:${vd.enumName}::${vd.name}` };
  }
  if (segs.length >= 2) {
    const key = segs.slice(-2).join('::');
    const c = ip.index.consts.get(key);
    if (c) return constValue(ip, key, c);
    if (ip.index.method(segs[segs.length - 2], last)) return { k: 'fn', name: key };
  }
  const std = ip.std.pathValue(ip, segs);
  if (std) return std;
  return ip.unsupported(`알 수 없는 이름 \`${path.text}\``, path.span);
}

function constValue(ip: Interp, key: string, c: A.ConstItem | A.StaticItem): Value {
  let v = ip.constCache.get(key);
  if (!v) {
    if (!c.value) return ip.unsupported(`값 없는 상수 \`${key}\``, c.span);
    v = coerce(evalExpr(ip, c.value), astTy(c.ty), ip.heap);
    ip.constCache.set(key, v);
  }
  return v;
}

export function evalCall(ip: Interp, e: A.CallExpr): Value {
  // Fast path for a resolved plain function call, kept small: this frame sits on the JS stack once per Rust call.
  const cached = (e as A.CallExpr & { $fn?: A.FnItem }).$fn;
  if (!cached) return evalCallSlow(ip, e);
  const n = e.args.length;
  const args: Value[] = new Array(n);
  for (let i = 0; i < n; i++) args[i] = evalExpr(ip, e.args[i]);
  return ip.callFn(cached, cached.name.name, undefined, args, e.span);
}

function evalCallSlow(ip: Interp, e: A.CallExpr): Value {
  const callee = e.callee;
  if (callee.kind === 'PathExpr' && R(callee).$slot === undefined) {
    const segs = selfed(ip, segNames(callee.path));
    const last = segs[segs.length - 1];
    if (segs.length === 1) {
      if (last === 'Some' || last === 'Ok' || last === 'Err') {
        const v = evalExpr(ip, e.args[0]);
        return { k: 'enum', name: last === 'Some' ? 'Option' : 'Result', variant: last, f: [v] };
      }
      const st = ip.index.structs.get(last);
      if (st && st.tuple) return { k: 'struct', name: last, f: e.args.map((a, i) => coerce(evalExpr(ip, a), st.fieldTys[i], ip.heap)), tuple: true };
      const fn = ip.index.fns.get(last);
      if (fn && !ip.index.variant(segs)) {
        (e as A.CallExpr & { $fn?: A.FnItem }).$fn = fn;
        return ip.callFn(fn, last, undefined, e.args.map((a) => evalExpr(ip, a)), e.span);
      }
    }
    const vd = ip.index.variant(segs, ip.frame?.selfName);
    if (vd) return construct(ip, vd, e.args.map((a) => evalExpr(ip, a)));
    if (segs.length >= 2) {
      const tyName = segs[segs.length - 2];
      const asTrait = callee.path.asTrait ?? (callee.path.segments[0]?.name === 'Self' && ip.frame ? ip.index.defaultBodyTrait.get(ip.frame.item) : undefined);
      const def = ip.index.method(tyName, last, asTrait);
      if (def) return ip.callMethod(def, e.args.map((a) => evalExpr(ip, a)), e.span);
      if (ip.index.traits.has(tyName) && e.args.length > 0) return traitMethodCall(ip, tyName, last, e.args.map((a) => evalExpr(ip, a)), e.span);
    }
    // A function inside a module (`shapes::double`): modules are flattened into one namespace.
    const modFn = ip.index.fns.get(last);
    if (modFn && segs.length >= 2 && !ip.index.structs.has(segs[segs.length - 2]) && !ip.index.enums.has(segs[segs.length - 2])) {
      return ip.callFn(modFn, last, undefined, e.args.map((a) => evalExpr(ip, a)), e.span);
    }
    return ip.settle(ip.std.call(ip, segs, callee.path, e));
  }
  const f = evalExpr(ip, callee, true);
  return ip.callValue(f, e.args.map((a) => evalExpr(ip, a)), e.span);
}

export function construct(ip: Interp, vd: VariantDef, args: Value[]): EnumV {
  return { k: 'enum', name: vd.enumName, variant: vd.name, f: args.map((a, i) => coerce(a, vd.fieldTys[i], ip.heap)) };
}

/** Call a function value by name (fn items passed as values, constructors used as functions). */
export function callNamed(ip: Interp, name: string, args: Value[], span: Span): Value {
  if (name === 'Some' || name === 'Ok' || name === 'Err') return { k: 'enum', name: name === 'Some' ? 'Option' : 'Result', variant: name, f: [args[0]] };
  if (name.startsWith('ctor:')) {
    const st = ip.index.structs.get(name.slice(5))!;
    return { k: 'struct', name: st.name, f: args.map((a, i) => coerce(a, st.fieldTys[i], ip.heap)), tuple: true };
  }
  if (name.startsWith('variant:')) {
    const vd = ip.index.variant(name.slice(8).split('::'))!;
    return construct(ip, vd, args);
  }
  const fn = ip.index.fns.get(name);
  if (fn) return ip.callFn(fn, name, undefined, args, span);
  const parts = name.split('::');
  if (parts.length === 2) {
    const def = ip.index.method(parts[0], parts[1]);
    if (def) return ip.callMethod(def, args, span);
  }
  return ip.std.call(ip, parts, null, null, args, span);
}

/** A struct/variant literal; `vals` (field values in source order) and `basePlace` when the machine evaluated them. */
export function structLiteral(ip: Interp, e: A.StructExpr, vals?: Value[], basePlace?: Place): Value {
  const segs = selfed(ip, segNames(e.path));
  const name = segs[segs.length - 1];
  const st = segs.length === 1 ? ip.index.structs.get(name) : undefined;
  let names: string[], tys: ReturnType<typeof astTy>[];
  let vd: VariantDef | undefined;
  if (st) {
    names = st.fieldNames;
    tys = st.fieldTys;
  } else {
    vd = ip.index.variant(segs, ip.frame?.selfName);
    if (!vd) return ip.unsupported(`알 수 없는 구조체 \`${e.path.text}\``, e.path.span);
    names = vd.fieldNames;
    tys = vd.fieldTys;
  }
  const f: Value[] = new Array(names.length).fill(UNIT);
  const set = new Array(names.length).fill(false);
  for (let k = 0; k < e.fields.length; k++) {
    const fi = e.fields[k];
    const idx = names.indexOf(fi.name.name);
    if (idx < 0) return ip.unsupported(`알 수 없는 필드 \`${fi.name.name}\``, fi.name.span);
    f[idx] = coerce(vals ? vals[k] : evalExpr(ip, fi.value), tys[idx], ip.heap);
    set[idx] = true;
  }
  if (e.base) {
    const b = e.base;
    const isDefault = b.kind === 'Call' && b.callee.kind === 'PathExpr' && b.callee.path.text === 'Default::default';
    const bp = isDefault ? { c: [ip.std.defaultFor(ip, { n: name, a: [] }) ?? ip.unsupported('Default가 없는 타입', b.span)], i: 0, root: { to: 'temp' as const } } : basePlace ?? evalPlaceOrTemp(ip, b);
    const bv = bp.c[bp.i];
    // rustc rejects a base of another type (E0308); the checker may not know its type, so the machine says so.
    if (bv.k !== 'struct' || bv.name !== name || bv.f.length !== names.length) return ip.unsupported(`\`..\` 뒤의 값이 \`${name}\` 구조체가 아님`, b.span);
    const base = bv;
    for (let i = 0; i < names.length; i++) if (!set[i]) f[i] = moveOut(ip, { c: base.f, i, root: bp.root });
  }
  if (st) return { k: 'struct', name, f, tuple: false };
  return { k: 'enum', name: vd!.enumName, variant: vd!.name, f, names };
}
