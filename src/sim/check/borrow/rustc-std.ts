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
  /** The prelude's tuple variants (E0061's "tuple variant defined here"). */
  variants: {
    Some: at('core/src/option.rs', 608, 4, 0),
    Ok: at('core/src/result.rs', 561, 4, 0),
    Err: at('core/src/result.rs', 566, 4, 0),
  } as Record<string, { file: string; span: Span }>,
};
