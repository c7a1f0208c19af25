// Borrow errors decided while building the graph, with rustc 1.95's wording (see the goldens in
// test/sim/check/goldens/borrow/): E0596 (mutable borrow of an immutable place), E0507 (move out of a
// reference, an index or a temporary's deref), E0509 (move out of a type implementing `Drop`), E0373 (a spawned closure borrowing locals).
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../../syntax/ast.ts';
import { error, help, insert, label, note, replace, suggest, type CompileDiagnostic } from '../diagnostic.ts';
import { RUSTC_STD } from './rustc-std.ts';
import type { LocalVar, Typeck } from '../types/infer.ts';
import { isKnown, showTy, type Ty } from '../types/ty.ts';
import { describe, type Place } from './places.ts';
import type { MoveCause } from './cfg.ts';
import { isClone } from './check.ts';

export type BuildDiag = CompileDiagnostic;

interface PlaceX {
  place: Place;
  ty: Ty;
  tys: Ty[];
  expr: { kind: string; span: Span };
}

/** E0596, or undefined when the place may be borrowed mutably (or the checker can't tell). `traitSelf`: in
 *  an impl of the program's trait, where its declaration takes `&self` (the help changes both). */
export function mutabilityError(px: PlaceX, tc: Typeck, span: Span, recvSpan: Span, local: (id: number) => LocalVar | undefined, traitSelf?: A.Pos): CompileDiagnostic | undefined {
  const name = (id: number) => local(id)?.name ?? '_';
  const proj = px.place.proj;
  for (let i = proj.length - 1; i >= 0; i--) {
    if (proj[i].k !== 'deref') continue;
    const ptr = px.tys[i];
    if (!ptr) return undefined;
    if (ptr.k === 'ref') {
      if (ptr.mut) return undefined;
      const refPlace: Place = { local: px.place.local, proj: proj.slice(0, i) };
      const d = error('E0596', `cannot borrow \`${describe(px.place, name)}\` as mutable, as it is behind a \`&\` reference`, recvSpan,
        `\`${describe(refPlace, name)}\` is a \`&\` reference, so it cannot be borrowed as mutable`);
      if (refPlace.proj.length === 0) {
        const init = tc.letInits.get(px.place.local);
        const at = tc.refParams.get(px.place.local) ?? (init?.kind === 'Borrow' && !init.mut ? { line: init.span.start.line, col: init.span.start.col + 1 } : undefined);
        const viaTrait = at && traitSelf && local(px.place.local)?.kind === 'self';
        if (at && viaTrait) d.suggestions.push(suggest('consider changing this to be a mutable reference in the `impl` method and the `trait` definition', [insert(traitSelf, 'mut '), insert(at, 'mut ')], 'verbose'));
        else if (at) d.suggestions.push(suggest('consider changing this to be a mutable reference', [insert(at, 'mut ')], 'verbose'));
      }
      void span;
      return d;
    }
    if (ptr.k === 'adt' && (ptr.name === 'Box' || ptr.name === 'String' || ptr.name === 'Vec')) continue;
    return undefined;
  }
  const l = local(px.place.local);
  if (!l || l.mut) return undefined;
  if (l.mode !== 'value') return undefined;
  const d = proj.length === 0
    ? error('E0596', `cannot borrow \`${l.name}\` as mutable, as it is not declared as mutable`, span, 'cannot borrow as mutable')
    : error('E0596', `cannot borrow \`${describe(px.place, name)}\` as mutable, as \`${l.name}\` is not declared as mutable`, span, 'cannot borrow as mutable');
  d.suggestions.push(suggest('consider changing this to be mutable', [insert(l.span.start, 'mut ')], 'verbose'));
  return d;
}

/**
 * E0594 for an assignment to a place that is not mutable: behind a `&` reference (`*r = 1`, `p.x += 1` with
 * `p: &P`) or a field of a binding not declared `mut` (`p.x = 1`); undefined when the place may be written (or
 * the checker can't tell). The whole binding is E0384's (dataflow); `v[i] = x` on a `Vec` is `IndexMut`'s E0596.
 */
export function assignError(px: PlaceX, tc: Typeck, span: Span, local: (id: number) => LocalVar | undefined, traitSelf?: A.Pos): CompileDiagnostic | undefined {
  const name = (id: number) => local(id)?.name ?? '_';
  const proj = px.place.proj;
  if (proj.length === 0 || !isKnown(px.ty)) return undefined;
  const what = describe(px.place, name);
  for (let i = proj.length - 1; i >= 0; i--) {
    const base = px.tys[i];
    if (!base) return undefined;
    if (proj[i].k === 'index') {
      if (base.k === 'array' || base.k === 'slice') continue;
      return undefined;
    }
    if (proj[i].k !== 'deref') continue;
    if (base.k === 'adt' && base.name === 'Box') continue;
    if (base.k !== 'ref') return undefined;
    if (base.mut) return undefined;
    const refPlace: Place = { local: px.place.local, proj: proj.slice(0, i) };
    const d = error('E0594', `cannot assign to \`${what}\`, which is behind a \`&\` reference`, span,
      `\`${describe(refPlace, name)}\` is a \`&\` reference, so it cannot be written to`);
    if (refPlace.proj.length > 0) return d;
    const l = local(px.place.local);
    const init = tc.letInits.get(px.place.local);
    const at = tc.refParams.get(px.place.local) ?? (init?.kind === 'Borrow' && !init.mut ? { line: init.span.start.line, col: init.span.start.col + 1 } : undefined);
    if (at && traitSelf && l?.kind === 'self') d.suggestions.push(suggest('consider changing this to be a mutable reference in the `impl` method and the `trait` definition', [insert(traitSelf, 'mut '), insert(at, 'mut ')], 'verbose'));
    else if (at) d.suggestions.push(suggest('consider changing this to be a mutable reference', [insert(at, 'mut ')], 'verbose'));
    else if (init && l && l.kind !== 'param' && l.kind !== 'self' && l.mode === 'value' && isKnown(base.inner)) {
      d.suggestions.push(suggest("consider specifying this binding's type", [insert(l.span.end, `: &mut ${showTy(base.inner)}`)], 'verbose'));
    } else return undefined;
    return d;
  }
  const l = local(px.place.local);
  if (!l || l.mut || l.mode !== 'value') return undefined;
  const d = error('E0594', `cannot assign to \`${what}\`, as \`${l.name}\` is not declared as mutable`, span, 'cannot assign');
  d.suggestions.push(suggest('consider changing this to be mutable', [insert(l.span.start, 'mut ')], 'verbose'));
  return d;
}

/** E0507 for a move out of `*r` / out of an index; undefined when the move is allowed (`*box`) or unknown.
 *  `valueExpected`: the moved place is a call's argument or the returned value. */
export function moveOutError(px: PlaceX, tc: Typeck, span: Span, name: (id: number) => string, valueExpected = false, cause?: MoveCause): CompileDiagnostic | undefined {
  if (!isKnown(px.ty)) return undefined;
  const proj = px.place.proj;
  const desc = describe(px.place, name);
  for (let i = proj.length - 1; i >= 0; i--) {
    const p = proj[i];
    const base = px.tys[i];
    if (!base) return undefined;
    if (p.k === 'index') {
      if (!(base.k === 'adt' && base.name === 'Vec') || !isKnown(base)) return undefined;
      const d = error('E0507', `cannot move out of index of \`${showTy(base)}\``, span,
        `move occurs because value has type \`${showTy(px.ty)}\`, which does not implement the \`Copy\` trait`);
      const viaMethod = cause?.k === 'method' ? methodMove(d, cause, 'value', px.ty, span, tc.env) : undefined;
      if (viaMethod) return viaMethod;
      // A call's argument or the returned value wants the value itself: rustc offers no `&` there.
      if (!valueExpected) d.suggestions.push(suggest('consider borrowing here', [insert(span.start, '&')], 'verbose'));
      d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(span.end, '.clone()')], 'verbose'));
      return d;
    }
    if (p.k !== 'deref') continue;
    if (base.k === 'adt' && base.name === 'Box') continue;
    // `*rc` / `*guard` of a local smart pointer: worded as for a temporary one (`an \`Rc\``).
    if (base.k === 'adt') return i === proj.length - 1 ? tempMoveOutError(base, px.ty, span, valueExpected, false) : undefined;
    if (base.k !== 'ref') return undefined;
    const d = error('E0507', `cannot move out of \`${desc}\` which is behind a ${base.mut ? 'mutable' : 'shared'} reference`, span,
      `move occurs because \`${desc}\` has type \`${showTy(px.ty)}\`, which does not implement the \`Copy\` trait`);
    if (cause?.k === 'method') return methodMove(d, cause, `\`${desc}\``, px.ty, span, tc.env) ?? d;
    if (px.expr.kind === 'Unary' && i === proj.length - 1 && span.start.line === span.end.line) {
      const star: Span = { start: span.start, end: { line: span.start.line, col: span.start.col + 1 } };
      if (!valueExpected) d.suggestions.push(suggest('consider removing the dereference here', [replace(star, '')], 'verbose'));
      d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [replace(star, ''), insert(span.end, '.clone()')], 'verbose'));
    }
    return d;
  }
  return undefined;
}

/** E0507 of a `for` loop over `*v` (a `Vec` behind a reference): rustc blames the implicit `.into_iter()` call,
 *  notes where std takes `self`, and iterates over `&*v` instead. Other errors and types are left as they are. */
export function forLoopMoveOut(d: CompileDiagnostic, ty: Ty, span: Span): CompileDiagnostic {
  const m = /^cannot move out of `([^`]+)` which is behind/.exec(d.message);
  if (!m || ty.k !== 'adt' || ty.name !== 'Vec') return d;
  const what = m[1];
  const out = error('E0507', d.message, span, `\`${what}\` moved due to this implicit call to \`.into_iter()\``);
  out.labels.push(label(span, `move occurs because \`${what}\` has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`));
  out.children.push({ level: 'note', message: `\`into_iter\` takes ownership of the receiver \`self\`, which moves \`${what}\``, ...RUSTC_STD.intoIter });
  out.suggestions.push(suggest(`consider iterating over a slice of the \`${showTy(ty)}\`'s content to avoid moving into the \`for\` loop`, [insert(span.start, '&')], 'verbose'));
  const clone = d.suggestions.filter((x) => x.message.startsWith('consider cloning'));
  out.suggestions.push(...(clone.length ? clone : [suggest('consider cloning the value if the performance cost is acceptable', [insert(span.end, '.clone()')], 'verbose')]));
  return out;
}

/**
 * E0507 when the move is a method taking `self` (`h.job.finish()` with `h: &mut Holder`): rustc labels the call,
 * notes where the method takes `self`, and offers clones (or says the type could implement `Clone`). Undefined
 * when the method's definition is not known (a std method missing from the table, such as `Option`'s, which
 * also get a help label `.as_ref()`).
 */
function methodMove(d: CompileDiagnostic, c: MoveCause & { k: 'method' }, what: string, ty: Ty, span: Span, env: Typeck['env']): CompileDiagnostic | undefined {
  if (ty.k !== 'adt') return undefined;
  const user = env.structs.get(ty.name) ?? env.enums.get(ty.name);
  const takes = (path: string) => `\`${path}\` takes ownership of the receiver \`self\`, which moves ${what}`;
  if (c.owner && c.selfSpan) d.children.push(note(takes(`${c.owner}::${c.method}`), c.selfSpan));
  else {
    const std = user ? undefined : RUSTC_STD.selfByValue[`${ty.name}::${c.method}`];
    if (!std) return undefined;
    d.children.push({ level: 'note', message: takes(std.path), span: std.span, file: std.file });
  }
  d.labels.push(label(c.call, `${what} moved due to this method call`));
  if (isClone(ty, env)) {
    d.suggestions.push(suggest('you can `clone` the value and consume it, but this might not be your desired behavior',
      [insert(span.start, `<${showTy(ty)} as Clone>::clone(&`), insert(span.end, ')')], 'verbose'));
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(span.end, '.clone()')], 'verbose'));
  } else if (user) {
    const n = note(`if \`${ty.name}\` implemented \`Clone\`, you could clone the value`, { start: user.span.start, end: user.name.span.end }, 'consider implementing `Clone` for this type');
    n.labels = [label(span, 'you could clone this value')];
    d.children.push(n);
  }
  return d;
}

/** What rustc says is moved out of when the dereferenced value is a temporary (`*cell.borrow()`, `*v.first().unwrap()`). */
function tempPointee(ptr: Ty): string | undefined {
  if (ptr.k === 'ref') return ptr.mut ? 'a mutable reference' : 'a shared reference';
  if (ptr.k !== 'adt' || !isKnown(ptr)) return undefined;
  switch (ptr.name) {
    case 'Rc': return 'an `Rc`';
    case 'Arc': return 'an `Arc`';
    case 'Ref': case 'RefMut': return `dereference of \`${ptr.name}<'_, ${showTy(ptr.args[0] ?? { k: 'unknown' })}>\``;
    case 'MutexGuard': return `dereference of \`std::sync::MutexGuard<'_, ${showTy(ptr.args[0] ?? { k: 'unknown' })}>\``;
  }
  return undefined;
}

/**
 * E0507 for `*temp` moved by value, `temp` a reference, `Rc`/`Arc` or `RefCell`/`Mutex` guard that no local holds
 * (`let s = *cell.borrow();`); `ty` is the moved value's type. rustc drops the "remove the dereference" help for a
 * call's argument. Undefined when the move is allowed or unknown.
 */
export function tempMoveOutError(ptr: Ty, ty: Ty, span: Span, callArg: boolean, copy: boolean | undefined): CompileDiagnostic | undefined {
  const what = tempPointee(ptr);
  if (!what || copy !== false || !isKnown(ty) || span.start.line !== span.end.line) return undefined;
  const d = error('E0507', `cannot move out of ${what}`, span, `move occurs because value has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`);
  const star: Span = { start: span.start, end: { line: span.start.line, col: span.start.col + 1 } };
  if (!callArg) d.suggestions.push(suggest('consider removing the dereference here', [replace(star, '')], 'verbose'));
  d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [replace(star, ''), insert(span.end, '.clone()')], 'verbose'));
  return d;
}

/**
 * E0509 for a move of a field out of a value whose type implements `Drop` (`let n = guard.name;`); undefined when no
 * field's owner has a user `impl Drop`. rustc offers `&` only where the value is not a call's argument.
 */
export function dropMoveError(px: PlaceX, tc: Typeck, span: Span, name: (id: number) => string, callArg: boolean): CompileDiagnostic | undefined {
  if (!isKnown(px.ty)) return undefined;
  const proj = px.place.proj;
  for (let i = 0; i < proj.length; i++) {
    const base = px.tys[i];
    if (proj[i].k !== 'field' || !base || base.k !== 'adt' || !tc.env.dropTypes.has(base.name) || !isKnown(base)) continue;
    const desc = describe(px.place, name);
    const d = error('E0509', `cannot move out of type \`${showTy(base)}\`, which implements the \`Drop\` trait`, span, 'cannot move out of here');
    d.labels.push(label(span, `move occurs because \`${desc}\` has type \`${showTy(px.ty)}\`, which does not implement the \`Copy\` trait`));
    if (!callArg) d.suggestions.push(suggest('consider borrowing here', [insert(span.start, '&')], 'verbose'));
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(span.end, '.clone()')], 'verbose'));
    return d;
  }
  return undefined;
}

/**
 * E0507 for pattern bindings moving out of a place behind a reference (`match *r { Some(s) => … }`,
 * `let (a, b) = r.pair;`): one error for the scrutinee, naming the first binding's place. rustc's help removes the
 * `*` of a dereferencing scrutinee, borrows any other one, and in a `let … else` borrows each binding instead.
 */
export function refPatternError(what: string, mut: boolean, scrutinee: A.Expr, letElse: boolean, moved: Array<{ name: string; span: Span; ty: Ty }>): CompileDiagnostic | undefined {
  if (!moved.every((m) => isKnown(m.ty))) return undefined;
  const d = error('E0507', `cannot move out of ${what} which is behind a ${mut ? 'mutable' : 'shared'} reference`, scrutinee.span);
  moved.forEach((m, i) => d.labels.push(label(m.span, i === 0 ? 'data moved here' : '...and here')));
  if (moved.length === 1) d.labels.push(label(moved[0].span, `move occurs because \`${moved[0].name}\` has type \`${showTy(moved[0].ty)}\`, which does not implement the \`Copy\` trait`));
  else d.children.push(note("move occurs because these variables have types that don't implement the `Copy` trait"));
  if (letElse) {
    for (const m of moved) d.suggestions.push(suggest('consider borrowing the pattern binding', [insert(m.span.start, 'ref ')], 'verbose'));
  } else if (scrutinee.kind === 'Unary') {
    const star: Span = { start: scrutinee.span.start, end: { line: scrutinee.span.start.line, col: scrutinee.span.start.col + 1 } };
    d.suggestions.push(suggest('consider removing the dereference here', [replace(star, '')], 'verbose'));
  } else {
    d.suggestions.push(suggest('consider borrowing here', [insert(scrutinee.span.start, '&')], 'verbose'));
  }
  return d;
}

/** E0509 for a destructuring pattern binding fields by value out of a `Drop` type (rustc's labels and `ref` helps). */
export function dropPatternError(owner: Ty, scrutinee: Span, moved: Array<{ name: string; span: Span; ty: Ty }>): CompileDiagnostic | undefined {
  if (!moved.every((m) => isKnown(m.ty))) return undefined;
  const d = error('E0509', `cannot move out of type \`${showTy(owner)}\`, which implements the \`Drop\` trait`, scrutinee, 'cannot move out of here');
  moved.forEach((m, i) => d.labels.push(label(m.span, i === 0 ? 'data moved here' : '...and here')));
  if (moved.length === 1) d.labels.push(label(moved[0].span, `move occurs because \`${moved[0].name}\` has type \`${showTy(moved[0].ty)}\`, which does not implement the \`Copy\` trait`));
  else d.children.push(note("move occurs because these variables have types that don't implement the `Copy` trait"));
  for (const m of moved) d.suggestions.push(suggest('consider borrowing the pattern binding', [insert(m.span.start, 'ref ')], 'verbose'));
  return d;
}

/** E0373: `thread::spawn(|| …)` borrowing a local of the spawning function. */
export function closureOutlivesError(name: string, header: Span, use: Span, call: Span, closure: Span): CompileDiagnostic {
  const d = error('E0373', `closure may outlive the current function, but it borrows \`${name}\`, which is owned by the current function`, header,
    `may outlive borrowed value \`${name}\``);
  d.labels.push(label(use, `\`${name}\` is borrowed here`));
  d.children.push(note("function requires argument type to outlive `'static`", call));
  d.suggestions.push(suggest(`to force the closure to take ownership of \`${name}\` (and any other referenced variables), use the \`move\` keyword`, [insert(closure.start, 'move ')], 'verbose'));
  return d;
}

/** E0507: a closure passed where `FnMut` is expected moves one of its captured variables. */
export function fnMutMoveError(l: LocalVar, ty: Ty, move: Span, header: Span, method: string, init: Span | undefined): CompileDiagnostic {
  const d = error('E0507', `cannot move out of \`${l.name}\`, a captured variable in an \`FnMut\` closure`, move, `\`${l.name}\` is moved here`);
  const nameSpan: Span = { start: { line: l.span.end.line, col: l.span.end.col - l.name.length }, end: l.span.end };
  d.labels.push(label(nameSpan, 'captured outer variable'));
  if (init) d.labels.push(label(init, `move occurs because \`${l.name}\` has type \`${showTy(ty)}\`, which does not implement the \`Copy\` trait`));
  d.labels.push(label(header, 'captured by this `FnMut` closure'));
  const msg = '`Fn` and `FnMut` closures require captured values to be able to be consumed multiple times, but `FnOnce` closures may consume them only once';
  const bound = method === 'sort_by_key' ? RUSTC_STD.sortByKeyBound : undefined;
  d.children.push(bound ? { level: 'help', message: msg, ...bound } : help(msg));
  if (ty.k === 'adt' && ['String', 'Vec', 'Box', 'Rc', 'Arc', 'HashMap'].includes(ty.name)) {
    d.suggestions.push(suggest('consider cloning the value if the performance cost is acceptable', [insert(move.end, '.clone()')], 'verbose'));
  }
  return d;
}
