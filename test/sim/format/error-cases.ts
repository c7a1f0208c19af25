// format! calls that rustc rejects, shared by gen-error-fixtures.ts (records rustc's first error) and the test.
// `args` are Rust expressions; the test only needs how many positionals there are and the named names.

export interface ErrorCase {
  fmt: string;
  args: string[];
  named?: string[];
}

export const ERROR_CASES: readonly ErrorCase[] = [
  { fmt: '{', args: [] },
  { fmt: 'abc {', args: [] },
  { fmt: '}', args: [] },
  { fmt: 'a } b', args: [] },
  { fmt: '{a', args: [] },
  { fmt: '{:q}', args: ['1'] },
  { fmt: '{:#?x}', args: ['1'] },
  { fmt: '{:?x}', args: ['1'] },
  { fmt: '{ 0}', args: ['1'] },
  { fmt: 'a {:5.2.1} b', args: ['1'] },
  { fmt: '{:>>>5}', args: ['1'] },
  { fmt: '{} {}', args: ['1'] },
  { fmt: '{}', args: [] },
  { fmt: '{} {} {}', args: ['1'] },
  { fmt: '{1}', args: ['1'] },
  { fmt: '{3}', args: ['1', '2'] },
  { fmt: '{}', args: ['1', '2'] },
  { fmt: '{}', args: ['1', '2', '3'] },
  { fmt: '{0} {2}', args: ['1', '2', '3'] },
  { fmt: '{}', args: ['1'], named: ['x'] },
  { fmt: '{:1$}', args: ['1'] },
  { fmt: '{:.*}', args: ['1'] },
  { fmt: '{:.2$}', args: ['1.0', '2usize'] },
];
