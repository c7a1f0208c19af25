// Places inside rustc 1.95.0's own standard library that its borrowck notes point at (copied from real
// rustc output, see the goldens): rustc prints them as ` --> /rustc/<commit>/library/…` lines with no snippet.
import type { Span } from '../diagnostic.ts';

const ROOT = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library';

const at = (file: string, line: number, col: number, len: number): { file: string; span: Span } => ({
  file: `${ROOT}/${file}`,
  span: { start: { line, col }, end: { line, col: col + len } },
});

export const RUSTC_STD = {
  /** `IntoIterator::into_iter`'s `self` (note on a `for` loop moving a collection). */
  intoIter: at('core/src/iter/traits/collect.rs', 312, 17, 4),
  /** std methods taking `self` by value (E0507's "`JoinHandle::<T>::join` takes ownership of the receiver `self`"),
   *  keyed by `Type::method`: the path rustc names and where std defines the receiver. */
  selfByValue: {
    'JoinHandle::join': { path: 'JoinHandle::<T>::join', ...at('std/src/thread/join_handle.rs', 149, 16, 0) },
    'String::into_bytes': { path: 'String::into_bytes', ...at('alloc/src/string.rs', 1034, 28, 0) },
  } as Record<string, { path: string; file: string; span: Span }>,
  /** `<[T]>::sort_by_key`'s `F: FnMut(&T) -> K` bound. */
  sortByKeyBound: at('alloc/src/slice.rs', 249, 11, 14),
  /** `Rc` / `Arc` associated functions taking `this` by value (E0308's "associated function defined here"). */
  rcByValue: {
    'Rc::unwrap_or_clone': at('alloc/src/rc.rs', 2136, 11, 0),
    'Rc::try_unwrap': at('alloc/src/rc.rs', 1047, 11, 0),
    'Rc::into_inner': at('alloc/src/rc.rs', 1098, 11, 0),
    'Arc::unwrap_or_clone': at('alloc/src/sync.rs', 2584, 11, 0),
    'Arc::try_unwrap': at('alloc/src/sync.rs', 1106, 11, 0),
    'Arc::into_inner': at('alloc/src/sync.rs', 1221, 11, 0),
  } as Record<string, { file: string; span: Span }>,
  /** `thread::spawn`'s `F: 'static` bound (E0505's "requirement that the value outlives `'static`"). */
  spawnStatic: at('std/src/thread/functions.rs', 128, 14, 0),
  /** `Iterator::le` (E0599's "there is a method `le` with a similar name" for `len` on an iterator). */
  iteratorLe: at('core/src/iter/traits/iterator.rs', 3962, 4, 0),
  /** std associated functions of one parameter (E0061's "associated function defined here"): the parameter's name
   *  (rustc's placeholder for a generic one) or its concrete type, and where std defines the function. */
  fns: {
    'Cell::new': { param: 'value', ...at('core/src/cell.rs', 414, 17, 0) },
    'RefCell::new': { param: 'value', ...at('core/src/cell.rs', 971, 17, 0) },
    'Box::new': { param: 'x', ...at('alloc/src/boxed.rs', 284, 11, 0) },
    'Rc::new': { param: 'value', ...at('alloc/src/rc.rs', 413, 11, 0) },
    'Arc::new': { param: 'data', ...at('alloc/src/sync.rs', 419, 11, 0) },
    'Mutex::new': { param: 't', ...at('std/src/sync/poison/mutex.rs', 350, 17, 0) },
    'RwLock::new': { param: 't', ...at('std/src/sync/poison/rwlock.rs', 258, 17, 0) },
    'String::with_capacity': { ty: 'usize', ...at('alloc/src/string.rs', 484, 11, 0) },
    'Vec::with_capacity': { ty: 'usize', ...at('alloc/src/vec/mod.rs', 523, 17, 0) },
    'thread::sleep': { ty: 'Duration', ...at('std/src/thread/functions.rs', 288, 7, 0) },
    'Duration::from_millis': { ty: 'u64', ...at('core/src/time.rs', 244, 17, 0) },
    'Duration::from_secs': { ty: 'u64', ...at('core/src/time.rs', 224, 17, 0) },
  } as Record<string, { param?: string; ty?: string; file: string; span: Span }>,
  /** The prelude's tuple variants (E0061's "tuple variant defined here"). */
  variants: {
    Some: at('core/src/option.rs', 608, 4, 0),
    Ok: at('core/src/result.rs', 561, 4, 0),
    Err: at('core/src/result.rs', 566, 4, 0),
  } as Record<string, { file: string; span: Span }>,
};
