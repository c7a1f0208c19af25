// The std methods the checker models, keyed by receiver type name: receiver mode and result type.
// Anything not listed answers `undefined` (the caller treats it as Unknown — never an error).
import { adt, BOOL, CHAR, I32, ref, STR, STRING, UNIT, UNKNOWN, USIZE, type Ty } from './ty.ts';

export type RecvMode = 'value' | 'ref' | 'ref-mut';

export interface StdMethod {
  recv: RecvMode;
  ret: Ty;
  /** Expected argument types where modelled (by position). */
  params?: Ty[];
}

const opt = (t: Ty): Ty => adt('Option', t);
const iter = (item: Ty): Ty => adt('Iter', item);
const m = (recv: RecvMode, ret: Ty, params?: Ty[]): StdMethod => ({ recv, ret, params });

/** `self` is the receiver type at this auto-deref step; `args` its type arguments. */
export function stdMethod(self: Ty, name: string): StdMethod | undefined {
  if (self.k === 'str' || (self.k === 'adt' && self.name === 'String')) {
    const s = strMethod(name);
    if (s) return s;
  }
  if (self.k === 'adt') {
    const a = self.args;
    switch (self.name) {
      case 'String': return stringMethod(name);
      case 'Vec': case 'VecDeque': return vecMethod(name, a[0] ?? UNKNOWN, self) ?? sliceMethod(name, a[0] ?? UNKNOWN);
      case 'Option': return optionMethod(name, a[0] ?? UNKNOWN, self);
      case 'Result': return resultMethod(name, a[0] ?? UNKNOWN, a[1] ?? UNKNOWN, self);
      case 'Rc': case 'Arc': return name === 'clone' ? m('ref', self) : undefined;
      case 'RefCell': return name === 'borrow' ? m('ref', adt('Ref', a[0] ?? UNKNOWN)) : name === 'borrow_mut' ? m('ref', adt('RefMut', a[0] ?? UNKNOWN)) : undefined;
      case 'Mutex': return name === 'lock' ? m('ref', adt('Result', adt('MutexGuard', a[0] ?? UNKNOWN), UNKNOWN)) : undefined;
      case 'JoinHandle': return name === 'join' ? m('value', adt('Result', a[0] ?? UNKNOWN, UNKNOWN)) : undefined;
      case 'Sender': return name === 'send' ? m('ref', adt('Result', UNIT, UNKNOWN), [a[0] ?? UNKNOWN]) : name === 'clone' ? m('ref', self) : undefined;
      case 'Receiver': return name === 'recv' ? m('ref', adt('Result', a[0] ?? UNKNOWN, UNKNOWN)) : undefined;
      case 'HashMap': case 'BTreeMap': return hashMapMethod(name, a[0] ?? UNKNOWN, a[1] ?? UNKNOWN, self);
      case 'HashSet': case 'BTreeSet': return setMethod(name, a[0] ?? UNKNOWN, self);
      case 'Iter': return iterMethod(name, a[0] ?? UNKNOWN, self);
      case 'Entry': return entryMethod(name, a[1] ?? UNKNOWN, self);
      case 'Box': return undefined;
    }
  }
  if (self.k === 'slice' || self.k === 'array') return sliceMethod(name, self.elem);
  if (self.k === 'int') {
    switch (name) {
      case 'abs': case 'pow': case 'wrapping_add': case 'wrapping_sub': case 'wrapping_mul': case 'saturating_add': case 'saturating_sub': case 'min': case 'max':
        return m('value', self);
      case 'checked_add': case 'checked_sub': case 'checked_mul': case 'checked_div': return m('value', opt(self));
      case 'to_string': return m('ref', STRING);
    }
  }
  if (self.k === 'char') {
    switch (name) {
      case 'is_alphabetic': case 'is_numeric': case 'is_alphanumeric': case 'is_whitespace': case 'is_uppercase': case 'is_lowercase': case 'is_ascii_digit':
        return m('value', BOOL);
      case 'to_string': return m('ref', STRING);
    }
  }
  return undefined;
}

function strMethod(name: string): StdMethod | undefined {
  switch (name) {
    case 'len': return m('ref', USIZE);
    case 'is_empty': case 'contains': case 'starts_with': case 'ends_with': return m('ref', BOOL);
    case 'to_string': case 'to_owned': case 'to_uppercase': case 'to_lowercase': case 'replace': case 'repeat': return m('ref', STRING);
    case 'trim': case 'trim_start': case 'trim_end': case 'as_str': return m('ref', ref(STR));
    case 'chars': return m('ref', iter(CHAR));
    case 'bytes': return m('ref', iter({ k: 'int', kind: 'u8' }));
    case 'split_whitespace': case 'lines': case 'split': return m('ref', iter(ref(STR)));
    case 'as_bytes': return m('ref', ref({ k: 'slice', elem: { k: 'int', kind: 'u8' } }));
  }
  return undefined;
}

function stringMethod(name: string): StdMethod | undefined {
  switch (name) {
    case 'push_str': return m('ref-mut', UNIT, [ref(STR)]);
    case 'push': return m('ref-mut', UNIT, [CHAR]);
    case 'clear': case 'truncate': case 'insert': case 'insert_str': return m('ref-mut', UNIT);
    case 'pop': return m('ref-mut', opt(CHAR));
    case 'clone': return m('ref', STRING);
    case 'capacity': return m('ref', USIZE);
    case 'into_bytes': return m('value', adt('Vec', { k: 'int', kind: 'u8' }));
  }
  return undefined;
}

function vecMethod(name: string, t: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'push': case 'push_back': return m('ref-mut', UNIT, [t]);
    case 'pop': case 'pop_front': case 'pop_back': return m('ref-mut', opt(t));
    case 'insert': return m('ref-mut', UNIT, [USIZE, t]);
    case 'remove': return m('ref-mut', self.k === 'adt' && self.name === 'VecDeque' ? opt(t) : t, [USIZE]);
    case 'clear': case 'sort': case 'sort_unstable': case 'reverse': case 'truncate': case 'dedup': case 'extend': case 'retain': return m('ref-mut', UNIT);
    case 'clone': return m('ref', self);
    case 'capacity': return m('ref', USIZE);
    case 'into_iter': return m('value', iter(t));
    case 'drain': return m('ref-mut', iter(t));
    case 'iter_mut': return m('ref-mut', iter(ref(t, true)));
    case 'get_mut': case 'first_mut': case 'last_mut': return m('ref-mut', opt(ref(t, true)));
    case 'swap_remove': return isDeque(self) ? undefined : m('ref-mut', t, [USIZE]);
    case 'split_off': return m('ref-mut', self, [USIZE]);
    case 'resize': return m('ref-mut', UNIT, [USIZE, t]);
    case 'append': return m('ref-mut', UNIT);
  }
  return isDeque(self) ? dequeMethod(name, t) : undefined;
}

const isDeque = (self: Ty): boolean => self.k === 'adt' && self.name === 'VecDeque';

/** `VecDeque`'s own ends (a `Vec` has `first` / `last` from its slice instead). */
function dequeMethod(name: string, t: Ty): StdMethod | undefined {
  switch (name) {
    case 'push_front': return m('ref-mut', UNIT, [t]);
    case 'front': case 'back': return m('ref', opt(ref(t)));
    case 'front_mut': case 'back_mut': return m('ref-mut', opt(ref(t, true)));
  }
  return undefined;
}

function sliceMethod(name: string, t: Ty): StdMethod | undefined {
  switch (name) {
    case 'len': return m('ref', USIZE);
    case 'is_empty': case 'contains': return m('ref', BOOL);
    case 'iter': return m('ref', iter(ref(t)));
    case 'iter_mut': return m('ref-mut', iter(ref(t, true)));
    case 'get': case 'first': case 'last': return m('ref', opt(ref(t)));
    case 'to_vec': return m('ref', adt('Vec', t));
    case 'sort': case 'sort_unstable': case 'reverse': case 'swap': return m('ref-mut', UNIT);
  }
  return undefined;
}

function optionMethod(name: string, t: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'unwrap': case 'expect': case 'unwrap_or_default': return m('value', t);
    case 'unwrap_or': return m('value', t, [t]);
    case 'unwrap_or_else': return m('value', t);
    case 'ok_or': case 'ok_or_else': return m('value', adt('Result', t, UNKNOWN));
    case 'is_some': case 'is_none': return m('ref', BOOL);
    case 'take': return m('ref-mut', self);
    case 'replace': return m('ref-mut', self, [t]);
    case 'as_ref': return m('ref', opt(ref(t)));
    case 'as_mut': return m('ref-mut', opt(ref(t, true)));
    case 'get_or_insert_default': case 'get_or_insert_with': return m('ref-mut', ref(t, true));
    case 'get_or_insert': case 'insert': return m('ref-mut', ref(t, true), [t]);
    case 'clone': return m('ref', self);
    case 'cloned': case 'copied': return t.k === 'ref' ? m('value', opt(t.inner)) : undefined;
  }
  return undefined;
}

function resultMethod(name: string, t: Ty, e: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'unwrap': case 'expect': case 'unwrap_or_default': return m('value', t);
    case 'unwrap_or': return m('value', t, [t]);
    // The closure-taking methods keep the side they do not touch: `s.parse().map_err(f)?` still fixes `parse`'s target.
    case 'unwrap_or_else': return m('value', t);
    case 'map_err': case 'or_else': return m('value', adt('Result', t, UNKNOWN));
    case 'is_ok': case 'is_err': return m('ref', BOOL);
    case 'ok': return m('value', opt(t));
    case 'err': return m('value', opt(e));
    case 'clone': return m('ref', self);
  }
  return undefined;
}

function hashMapMethod(name: string, k: Ty, v: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'insert': return m('ref-mut', opt(v), [k, v]);
    case 'get': return m('ref', opt(ref(v)));
    case 'get_mut': return m('ref-mut', opt(ref(v, true)));
    case 'contains_key': return m('ref', BOOL);
    case 'remove': return m('ref-mut', opt(v));
    case 'len': return m('ref', USIZE);
    case 'is_empty': return m('ref', BOOL);
    case 'iter': return m('ref', iter({ k: 'tuple', items: [ref(k), ref(v)] }));
    case 'keys': return m('ref', iter(ref(k)));
    case 'values': return m('ref', iter(ref(v)));
    case 'values_mut': return m('ref-mut', iter(ref(v, true)));
    case 'iter_mut': return m('ref-mut', iter({ k: 'tuple', items: [ref(k), ref(v, true)] }));
    case 'entry': return m('ref-mut', adt('Entry', k, v), [k]);
    case 'clone': return m('ref', self);
  }
  return undefined;
}

function iterMethod(name: string, item: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'next': return m('ref-mut', opt(item));
    case 'rev': case 'skip': case 'take': case 'step_by': case 'peekable': case 'into_iter': return m('value', self);
    case 'enumerate': return m('value', iter({ k: 'tuple', items: [USIZE, item] }));
    case 'count': return m('value', USIZE);
    case 'cloned': case 'copied': return item.k === 'ref' ? m('value', iter(item.inner)) : undefined;
    case 'peek': return m('ref-mut', opt(ref(item)));
  }
  return undefined;
}

/** `HashSet` / `BTreeSet`: what borrows the set and what changes it. */
function setMethod(name: string, t: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'insert': return m('ref-mut', BOOL, [t]);
    case 'remove': return m('ref-mut', BOOL);
    case 'clear': case 'retain': return m('ref-mut', UNIT);
    case 'contains': case 'is_empty': return m('ref', BOOL);
    case 'len': return m('ref', USIZE);
    case 'iter': return m('ref', iter(ref(t)));
    case 'get': return m('ref', opt(ref(t)));
    case 'clone': return m('ref', self);
  }
  return undefined;
}

/** `HashMap::entry`'s `Entry`: it keeps the map mutably borrowed, and so does the `&mut V` it gives. */
function entryMethod(name: string, v: Ty, self: Ty): StdMethod | undefined {
  switch (name) {
    case 'or_insert': return m('value', ref(v, true), [v]);
    case 'or_insert_with': case 'or_default': return m('value', ref(v, true));
    case 'and_modify': return m('value', self);
  }
  return undefined;
}

/** Types that are `Copy` among the std types modelled by name (user types: derive/impl). */
export const STD_COPY = new Set(['Duration', 'Instant', 'Ordering']);
/** Std types known not to be `Copy` (regardless of arguments). */
export const STD_NOT_COPY = new Set([
  'String', 'Vec', 'VecDeque', 'Box', 'Rc', 'Arc', 'Weak', 'RefCell', 'Cell', 'Mutex', 'HashMap', 'HashSet', 'BTreeMap', 'JoinHandle',
  'Sender', 'Receiver', 'MutexGuard', 'Ref', 'RefMut', 'Iter', 'Entry',
]);
export const I32_TY = I32;
