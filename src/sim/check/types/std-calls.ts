// Signatures of the std functions and associated functions the checker models (`String::from`, `Box::new`,
// `Rc::clone`, `thread::spawn`, `mpsc::channel`, …) as fn types with fresh generics; `undefined` otherwise.
import type * as A from '../../syntax/ast.ts';
import { adt, ref, STRING, UNIT, UNKNOWN, USIZE, type Ty } from './ty.ts';
import type { Subst } from './unify.ts';

const fn = (params: Ty[], ret: Ty): Ty => ({ k: 'fn', params, ret });

/** `Rc` / `Arc` associated functions taking the pointer itself by value (`Arc::unwrap_or_clone(a)`). */
export const RC_BY_VALUE = new Set(['unwrap_or_clone', 'try_unwrap', 'into_inner']);

export function stdCall(text: string, segs: A.PathSegment[], s: Subst, _expected: Ty | undefined, lower: (t: A.Type) => Ty): Ty | undefined {
  const parts = text.split('::');
  const n = parts.length;
  const last = parts[n - 1];
  const owner = n >= 2 ? parts[n - 2] : '';
  const turbo = (i: number): Ty => {
    const g = segs[n - 2]?.generics[i];
    return g ? lower(g) : s.fresh();
  };
  const wrap = (name: string): Ty => { const t = turbo(0); return fn([t], adt(name, t)); };
  switch (owner) {
    case 'String':
      if (last === 'from') return fn([UNKNOWN], STRING);
      if (last === 'new') return fn([], STRING);
      if (last === 'with_capacity') return fn([USIZE], STRING);
      return undefined;
    case 'Vec':
      if (last === 'new') return fn([], adt('Vec', turbo(0)));
      if (last === 'with_capacity') return fn([USIZE], adt('Vec', turbo(0)));
      if (last === 'from') return fn([UNKNOWN], adt('Vec', turbo(0)));
      return undefined;
    case 'VecDeque':
      if (last === 'new') return fn([], adt('VecDeque', turbo(0)));
      if (last === 'with_capacity') return fn([USIZE], adt('VecDeque', turbo(0)));
      if (last === 'from') return fn([UNKNOWN], adt('VecDeque', turbo(0)));
      return undefined;
    case 'HashMap': case 'BTreeMap':
      if (last === 'new') return fn([], adt(owner, turbo(0), turbo(1)));
      return undefined;
    case 'HashSet': case 'BTreeSet':
      if (last === 'new') return fn([], adt(owner, turbo(0)));
      return undefined;
    case 'Box': case 'Rc': case 'Arc': case 'RefCell': case 'Mutex': case 'Cell':
      if (last === 'new') return wrap(owner);
      if ((owner === 'Rc' || owner === 'Arc') && last === 'clone') { const t = s.fresh(); return fn([ref(adt(owner, t))], adt(owner, t)); }
      if ((owner === 'Rc' || owner === 'Arc') && (last === 'strong_count' || last === 'weak_count')) return fn([ref(adt(owner, s.fresh()))], USIZE);
      if ((owner === 'Rc' || owner === 'Arc') && RC_BY_VALUE.has(last)) {
        const t = s.fresh();
        const ret = last === 'unwrap_or_clone' ? t : last === 'into_inner' ? adt('Option', t) : adt('Result', t, adt(owner, t));
        return fn([adt(owner, t)], ret);
      }
      return undefined;
    case 'thread':
      if (last === 'spawn') { const r = s.fresh(); return fn([fn([], r)], adt('JoinHandle', r)); }
      if (last === 'sleep') return fn([adt('Duration')], UNIT);
      return undefined;
    case 'mpsc':
      if (last === 'channel') { const t = s.fresh(); return fn([], { k: 'tuple', items: [adt('Sender', t), adt('Receiver', t)] }); }
      return undefined;
    case 'Duration':
      if (last.startsWith('from_')) return fn([UNKNOWN], adt('Duration'));
      return undefined;
    case 'env':
      if (last === 'args' && n >= 2) return fn([], adt('Args'));
      return undefined;
    case 'mem':
      if (last === 'drop') return fn([s.fresh()], UNIT);
      return undefined;
    case 'Default':
      if (last === 'default' && n === 2) return fn([], s.fresh());
      return undefined;
    case 'process':
      if (last === 'exit') return fn([{ k: 'int', kind: 'i32' }], { k: 'never' });
      return undefined;
  }
  if (n === 1 && last === 'drop') return fn([s.fresh()], UNIT);
  return undefined;
}
