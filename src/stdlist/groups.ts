// The std surface the coverage list is made of: each group names the rustdoc pages it is read from
// (paths under `$(rustc --print sysroot)/share/doc/rust/html/std/`) and how (inherent, trait, module).

export type PageKind = 'inherent' | 'trait' | 'module';

export interface GroupSpec {
  /** Group name in the list and report (`int` = every integer type, `float` = f32 and f64). */
  group: string;
  pages: Array<{ path: string; kind: PageKind; prefix?: string }>;
  /** Only these names (module groups where most items are OS / unsafe APIs). */
  only?: string[];
}

const INTS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
const inherent = (path: string) => ({ path, kind: 'inherent' as const });
const trait = (path: string, prefix: string) => ({ path, kind: 'trait' as const, prefix });

export const GROUPS: GroupSpec[] = [
  { group: 'int', pages: INTS.map((t) => inherent(`primitive.${t}.html`)) },
  { group: 'float', pages: [inherent('primitive.f32.html'), inherent('primitive.f64.html')] },
  { group: 'bool', pages: [inherent('primitive.bool.html')] },
  { group: 'char', pages: [inherent('primitive.char.html')] },
  { group: 'str', pages: [inherent('primitive.str.html')] },
  { group: 'String', pages: [inherent('string/struct.String.html')] },
  { group: 'slice', pages: [inherent('primitive.slice.html')] },
  { group: 'array', pages: [inherent('primitive.array.html')] },
  { group: 'Vec', pages: [inherent('vec/struct.Vec.html')] },
  { group: 'VecDeque', pages: [inherent('collections/struct.VecDeque.html')] },
  { group: 'HashMap', pages: [inherent('collections/struct.HashMap.html')] },
  { group: 'HashSet', pages: [inherent('collections/struct.HashSet.html')] },
  { group: 'BTreeMap', pages: [inherent('collections/struct.BTreeMap.html')] },
  { group: 'BTreeSet', pages: [inherent('collections/struct.BTreeSet.html')] },
  { group: 'BinaryHeap', pages: [inherent('collections/struct.BinaryHeap.html')] },
  { group: 'Entry', pages: [inherent('collections/hash_map/enum.Entry.html'), inherent('collections/btree_map/enum.Entry.html')] },
  { group: 'Option', pages: [inherent('option/enum.Option.html')] },
  { group: 'Result', pages: [inherent('result/enum.Result.html')] },
  { group: 'Box', pages: [inherent('boxed/struct.Box.html')] },
  { group: 'Rc', pages: [inherent('rc/struct.Rc.html')] },
  { group: 'Weak', pages: [inherent('rc/struct.Weak.html')] },
  { group: 'Arc', pages: [inherent('sync/struct.Arc.html')] },
  { group: 'Cell', pages: [inherent('cell/struct.Cell.html')] },
  { group: 'RefCell', pages: [inherent('cell/struct.RefCell.html')] },
  { group: 'Ref', pages: [inherent('cell/struct.Ref.html'), inherent('cell/struct.RefMut.html')] },
  {
    group: 'Iterator',
    pages: [
      trait('iter/trait.Iterator.html', ''),
      trait('iter/trait.DoubleEndedIterator.html', ''),
      trait('iter/trait.ExactSizeIterator.html', ''),
      trait('iter/trait.FromIterator.html', 'FromIterator::'),
      trait('iter/trait.IntoIterator.html', 'IntoIterator::'),
      trait('iter/trait.Sum.html', 'Sum::'),
      trait('iter/trait.Product.html', 'Product::'),
    ],
  },
  {
    group: 'cmp',
    pages: [
      { path: 'cmp/index.html', kind: 'module' },
      inherent('cmp/enum.Ordering.html'),
      trait('cmp/trait.Ord.html', 'Ord::'),
      trait('cmp/trait.PartialOrd.html', 'PartialOrd::'),
      trait('cmp/trait.PartialEq.html', 'PartialEq::'),
    ],
  },
  { group: 'mem', pages: [{ path: 'mem/index.html', kind: 'module' }] },
  {
    group: 'convert',
    pages: [
      trait('convert/trait.From.html', 'From::'),
      trait('convert/trait.Into.html', 'Into::'),
      trait('convert/trait.TryFrom.html', 'TryFrom::'),
      trait('convert/trait.TryInto.html', 'TryInto::'),
      trait('convert/trait.AsRef.html', 'AsRef::'),
      trait('convert/trait.AsMut.html', 'AsMut::'),
    ],
  },
  { group: 'fmt', pages: [inherent('fmt/struct.Formatter.html'), trait('fmt/trait.Display.html', 'Display::'), trait('fmt/trait.Debug.html', 'Debug::'), trait('fmt/trait.Write.html', 'Write::')] },
  {
    group: 'ops',
    pages: ['Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'AddAssign', 'SubAssign', 'MulAssign', 'DivAssign', 'RemAssign', 'Index', 'IndexMut', 'Deref', 'DerefMut', 'Drop', 'Fn', 'FnMut', 'FnOnce'].map((t) => trait(`ops/trait.${t}.html`, `${t}::`)),
  },
  { group: 'Default', pages: [trait('default/trait.Default.html', 'Default::')] },
  { group: 'Clone', pages: [trait('clone/trait.Clone.html', 'Clone::')] },
  { group: 'Hash', pages: [trait('hash/trait.Hash.html', 'Hash::')] },
  { group: 'Error', pages: [trait('error/trait.Error.html', 'Error::')] },
  { group: 'process', pages: [{ path: 'process/index.html', kind: 'module' }], only: ['exit', 'abort'] },
  { group: 'parse', pages: [trait('str/trait.FromStr.html', 'FromStr::'), trait('string/trait.ToString.html', 'ToString::')] },
];
