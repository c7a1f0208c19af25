// E0061 for std methods: a call with more or fewer arguments than the method's rustdoc signature has (the
// table is generated from std's docs: ./std-method-params.ts). Decided only where no user trait could add the name.
import type * as A from '../../syntax/ast.ts';
import { error, label, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { STD_METHOD_PARAMS } from './std-method-params.ts';
import { showTy, type Ty } from './ty.ts';
import type { ItemEnv } from './items.ts';
import { plural } from '../cargo.ts';


/** The coverage groups whose methods a receiver of this type has at this auto-deref step (its own, then its
 *  target's: String's str methods, Vec's slice methods); null for a type the table doesn't cover. */
function groupsOf(t: Ty): string[] | null {
  switch (t.k) {
    case 'int': return ['int'];
    case 'float': return ['float'];
    case 'bool': return ['bool'];
    case 'char': return ['char'];
    case 'str': return ['str'];
    case 'slice': return ['slice'];
    case 'array': return ['array', 'slice'];
    case 'adt':
      switch (t.name) {
        case 'String': return ['String', 'str'];
        case 'Vec': return ['Vec', 'slice'];
        case 'VecDeque': case 'HashMap': case 'HashSet': case 'BTreeMap': case 'BTreeSet': case 'BinaryHeap':
        case 'Option': case 'Result': case 'Rc': case 'Arc': case 'Cell': case 'RefCell': case 'Box':
          return [t.name];
        default: return null;
      }
    case 'never': case 'ref': case 'tuple': case 'fn': case 'closure': case 'param': case 'opaque': case 'var': case 'unknown':
      return null;
  }
}

/** Type parameters of the std types, in order, as rustdoc names them in signatures. */
const TYPE_PARAMS: Record<string, string[]> = {
  Vec: ['T'], VecDeque: ['T'], BinaryHeap: ['T'], HashSet: ['T'], BTreeSet: ['T'], Option: ['T'], Result: ['T', 'E'],
  HashMap: ['K', 'V'], BTreeMap: ['K', 'V'], Rc: ['T'], Arc: ['T'], Cell: ['T'], RefCell: ['T'], Box: ['T'],
};

/** A parameter's type as rustc would name it in "of type `…`": concrete written types as written, the
 *  receiver's type parameters once known; undefined when rustc's wording isn't known to us. */
function paramType(written: string, self: Ty, resolve: (t: Ty) => Ty): string | undefined {
  if (/^(bool|char|usize|isize|[iuf](8|16|32|64|128)|&str|&mut str|String)$/.test(written)) return written;
  if (self.k === 'adt') {
    const i = (TYPE_PARAMS[self.name] ?? []).indexOf(written);
    const arg = i >= 0 ? self.args[i] : undefined;
    const r = arg && resolve(arg);
    if (r && (r.k === 'int' || r.k === 'float' || r.k === 'bool' || r.k === 'char' || (r.k === 'adt' && r.name === 'String' ))) return showTy(r);
  }
  return undefined;
}

/**
 * The std method `x.method(…)` calls, from the receiver's auto-deref steps: its rustdoc parameters (name, type as
 * written), the step's type and coverage group. Undefined where a user trait or type could supply the name, or
 * the groups disagree on the parameter count.
 */
export function stdMethodParams(steps: Ty[], e: A.MethodCallExpr, env: ItemEnv): { params: [string, string][]; self: Ty; group: string } | undefined {
  if (env.traitMethods.has(e.method)) return undefined;
  for (const st of steps) {
    if (st.k === 'ref') continue;
    // The program's own type of a std name (`struct Entry`), or a method its impls add: not std's to decide.
    if (st.k === 'adt' && (env.structs.has(st.name) || env.enums.has(st.name) || env.methods.get(st.name)?.has(e.method))) return undefined;
    const groups = groupsOf(st);
    if (!groups) return undefined;
    const found = groups.map((g) => ({ g, p: STD_METHOD_PARAMS[g]?.[e.method] })).filter((x) => x.p !== undefined);
    if (found.length === 0) continue;
    const params = found[0].p as [string, string][];
    if (found.some((x) => x.p?.length !== params.length)) return undefined;
    return { params, self: st, group: found[0].g };
  }
  return undefined;
}

/** `x.method(args)` where the receiver's auto-deref steps reach a std method with another number of parameters. */
export function stdArityError(steps: Ty[], e: A.MethodCallExpr, env: ItemEnv, resolve: (t: Ty) => Ty): CompileDiagnostic | undefined {
  const m = stdMethodParams(steps, e, env);
  if (!m || e.args.length === m.params.length) return undefined;
  return arityError(e, m.params, m.self, resolve);
}

function arityError(e: A.MethodCallExpr, params: [string, string][], self: Ty, resolve: (t: Ty) => Ty): CompileDiagnostic {
  const n = params.length, m = e.args.length;
  const d = error('E0061', `this method takes ${plural(n, 'argument')} but ${plural(m, 'argument')} ${m === 1 ? 'was' : 'were'} supplied`, e.methodSpan);
  const paren = { start: e.methodSpan.end, end: e.span.end };
  if (m < n) {
    if (n - m === 1) {
      const [name, written] = params[m];
      const ty = paramType(written, self, resolve);
      d.labels.push(label(paren, ty ? `argument #${n} of type \`${ty}\` is missing` : `argument #${n} is missing`));
      // With no arguments given, `()` becomes `(/* … */)`; otherwise rustc's edit needs the arguments' text.
      const empty = m === 0 && paren.start.line === paren.end.line && paren.end.col - paren.start.col === 2;
      if (empty) d.suggestions.push(suggest('provide the argument', [replace(paren, `(/* ${ty ?? name} */)`)], 'verbose'));
    }
    return d;
  }
  const extra = e.args.slice(n);
  if (extra.length === 1 && extra[0].kind === 'Lit' && (extra[0].lit.kind === 'Int' || extra[0].lit.kind === 'Float') && !extra[0].lit.suffix) {
    const lit = extra[0].lit.kind === 'Int' ? '{integer}' : '{float}';
    d.labels.push(label(extra[0].span, `unexpected argument${n > 0 ? ` #${n + 1}` : ''} of type \`${lit}\``));
    const from = n > 0 ? e.args[n - 1].span.end : extra[0].span.start;
    d.suggestions.push(suggest('remove the extra argument', [replace({ start: from, end: extra[0].span.end }, '')], 'verbose'));
  }
  return d;
}
