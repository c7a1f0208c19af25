// rustdoc-style snippet wrapping: a listing without `fn main` runs inside `fn main() { … }`.
// Returns the program to run and how many lines were added above the snippet.

export function wrapSnippet(source: string): { source: string; lineOffset: number } {
  if (/(^|\n)\s*(pub\s+)?fn\s+main\s*\(/.test(source)) return { source, lineOffset: 0 };
  return { source: `fn main() {\n${source}\n}\n`, lineOffset: 1 };
}
