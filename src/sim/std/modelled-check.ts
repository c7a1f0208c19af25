// A light static pass before running: reports calls to functions and methods the simulator does not model,
// with their line:col, so `heapbook check` can flag unsupported listings without running them.
// Conservative: a name is reported only when nothing in the program or the std models could answer it.
import type * as A from '../syntax/ast.ts';
import type { Diagnostic } from '../syntax/span.ts';
import type { Interp } from '../semantics/interp.ts';
import { R } from '../semantics/resolve.ts';
import { STD_METHODS } from './method-names.ts';
import { STD_FN_NAMES } from './calls.ts';
import { isIntTy } from '../memory/int.ts';
import { nativeMethodNames } from '../semantics/native.ts';
import './concurrency.ts';

const STD_TRAITS = new Set(['ToString', 'Clone', 'Iterator', 'IntoIterator', 'PartialEq', 'PartialOrd', 'Ord', 'ToOwned', 'AsRef']);
const PRIMS = new Set(['f32', 'f64', 'bool', 'char', 'str', 'String', 'Vec', 'Option', 'Result', 'Box', 'Rc', 'Weak', 'RefCell', 'Cell', 'Iterator', 'usize']);

export function checkProgram(ip: Interp, program: A.Program): Diagnostic[] {
  const out: Diagnostic[] = [];
  const userMethods = new Set<string>();
  const nativeNames = nativeMethodNames();
  for (const m of ip.index.methods.values()) for (const k of m.keys()) userMethods.add(k);
  for (const t of ip.index.traits.values()) for (const mem of t.members) if (mem.kind === 'TraitFn') userMethods.add(mem.name.name);

  const fns: A.FnItem[] = [];
  const collect = (items: A.Item[]) => {
    for (const it of items) {
      if (it.kind === 'Fn') {
        fns.push(it);
      } else if (it.kind === 'Impl') {
        for (const m of it.members) if (m.kind === 'Fn') fns.push(m);
      } else if (it.kind === 'Trait') {
        for (const m of it.members) if (m.kind === 'TraitFn' && m.body) fns.push({ ...m, kind: 'Fn', body: m.body } as A.FnItem);
      } else if ((it as { kind: string }).kind === 'Mod') {
        collect((it as unknown as { items: A.Item[] }).items);
      }
    }
  };
  collect(program.items);
  for (const f of ip.index.fns.values()) if (!fns.includes(f)) fns.push(f);

  const known = (segs: string[]): boolean => {
    const s = ip.index.stdAliased(segs).filter((x) => x !== 'std' && x !== 'core' && x !== 'crate' && x !== 'self' && x !== 'super' && x !== 'alloc');
    const last = s[s.length - 1];
    if (s.length === 1) {
      return ['Some', 'Ok', 'Err', 'None'].includes(last) || ip.index.fns.has(last) || ip.index.structs.has(last) || !!ip.index.variant([last]) || STD_FN_NAMES.has(last);
    }
    const owner = s[s.length - 2];
    if (owner === 'Self' || last === 'default') return true;
    if (ip.index.method(owner, last) || ip.index.variant(s) || ip.index.consts.has(`${owner}::${last}`)) return true;
    if (STD_FN_NAMES.has(`${owner}::${last}`)) return true;
    if (ip.index.fns.has(last) && !ip.index.structs.has(owner) && !ip.index.enums.has(owner)) return true;
    if ((isIntTy(owner) || PRIMS.has(owner)) && (STD_METHODS.has(last) || last === 'from' || last === 'new')) return true;
    // A std trait's method by path (`ToString::to_string(&x)`, `Clone::clone(&v)`) is the method call.
    if (STD_TRAITS.has(owner) && STD_METHODS.has(last)) return true;
    if (ip.index.traits.has(owner)) return true;
    return false;
  };

  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as { kind?: string };
    if (n.kind === 'MethodCall') {
      const m = node as A.MethodCallExpr;
      if (!STD_METHODS.has(m.method) && !userMethods.has(m.method) && !nativeNames.has(m.method)) {
        out.push({ severity: 'error', code: 'unsupported', message: `지원하지 않는 기능: 메서드 \`.${m.method}()\``, span: m.methodSpan });
      }
    } else if (n.kind === 'Call') {
      const c = node as A.CallExpr;
      if (c.callee.kind === 'PathExpr' && R(c.callee).$slot === undefined) {
        const segs = c.callee.path.segments.map((s) => s.name);
        if (!known(segs)) out.push({ severity: 'error', code: 'unsupported', message: `지원하지 않는 기능: 함수 \`${c.callee.path.text}\``, span: c.callee.span });
      }
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'span' || k.startsWith('$') || k.endsWith('Span')) continue;
      if (v && typeof v === 'object') visit(v);
    }
  };
  for (const f of fns) {
    ip.layoutOf(f);
    visit(f.body);
  }
  return out;
}
