// Doc-tests as rustdoc finds them in a library: ``` code blocks in `///` and `//!` comments, named
// `src/lib.rs - Item::path (line N)`, each compiled as its own program that uses the library by name.

export interface DocTest {
  /** `src/lib.rs - add_one (line 5)` */
  name: string;
  /** The program: hidden `# ` lines shown, wrapped in `fn main` when it has none. */
  code: string;
  ignore: boolean;
  shouldPanic: boolean;
  noRun: boolean;
  /** ```compile_fail: passes when rustc rejects it (the simulator cannot judge that). */
  compileFail: boolean;
}

const ITEM = /^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+|async\s+|unsafe\s+)*(fn|struct|enum|trait|mod|type|const|static|union)\s+(r#)?([A-Za-z_][A-Za-z0-9_]*)/;
const IMPL = /^\s*impl(?:<[^>]*>)?\s+(?:([A-Za-z_][A-Za-z0-9_:]*)(?:<[^>]*>)?\s+for\s+)?([A-Za-z_][A-Za-z0-9_]*)/;

/** Finds the doc-tests of one library file (rustdoc's order: by name). */
export function findDocTests(file: string, text: string): DocTest[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: DocTest[] = [];
  // Nesting of named scopes (`mod a {`, `impl X {`) tracked by brace depth.
  const scopes: Array<{ name: string; depth: number }> = [];
  let depth = 0;
  let pending: Array<{ line: number; lang: string; code: string[] }> = [];
  let inner: Array<{ line: number; lang: string; code: string[] }> = [];
  let fence: { line: number; lang: string; code: string[]; outer: boolean } | null = null;
  // rustdoc numbers a block by the first doc line of its item plus the doc lines before the fence
  // (plain `//` comments between doc lines do not count).
  const groups = { '/': { start: 0, count: 0 }, '!': { start: 0, count: 0 } };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const doc = /^\s*\/\/([/!])(?!\/) ?(.*)$/.exec(line);
    if (doc) {
      const body = doc[2];
      const g = groups[doc[1] as '/' | '!'];
      if (g.count === 0) g.start = i + 1;
      const at = g.start + g.count;
      g.count++;
      const fm = /^\s*```\s*(.*)$/.exec(body);
      if (fence) {
        if (fm && fm[1].trim() === '') {
          (fence.outer ? pending : inner).push(fence);
          fence = null;
        } else fence.code.push(body);
      } else if (fm) fence = { line: at, lang: fm[1].trim(), code: [], outer: doc[1] === '/' };
      continue;
    }
    if (!/^\s*(\/\/.*|#\[.*\])?\s*$/.test(line)) groups['/'].count = 0;
    const stripped = line.replace(/\/\/.*$/, '').replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const item = ITEM.exec(line);
    const impl = IMPL.exec(line);
    if (pending.length) {
      const name = item ? item[3] : impl ? impl[2] : null;
      if (name !== null) {
        const path = [...scopes.map((s) => s.name), name].join('::');
        for (const p of pending) if (isRust(p.lang)) out.push(make(file, path, p));
      }
      if (item || impl || !/^\s*(#\[.*\])?\s*$/.test(line)) pending = [];
    }
    if (impl && stripped.includes('{')) scopes.push({ name: impl[2], depth });
    else if (item && item[1] === 'mod' && stripped.includes('{')) scopes.push({ name: item[3], depth });
    for (const c of stripped) {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        while (scopes.length && scopes[scopes.length - 1].depth >= depth) scopes.pop();
      }
    }
  }
  for (const p of inner) if (isRust(p.lang)) out.push(make(file, '', p));
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const RUST_TAGS = new Set(['rust', 'ignore', 'should_panic', 'no_run', 'compile_fail', 'edition2015', 'edition2018', 'edition2021', 'edition2024']);

/** rustdoc tests a block with no language or only Rust attributes (```text, ```console are prose). */
function isRust(lang: string): boolean {
  return lang.split(/[,\s]+/).filter(Boolean).every((t) => RUST_TAGS.has(t));
}

function make(file: string, path: string, p: { line: number; lang: string; code: string[] }): DocTest {
  const tags = p.lang.split(/[,\s]+/).filter(Boolean);
  const code = p.code.map((l) => (/^\s*# /.test(l) ? l.replace(/^(\s*)# /, '$1') : /^\s*#$/.test(l) ? '' : l)).join('\n');
  const hasMain = /(^|\n)\s*fn\s+main\s*\(/.test(code);
  return {
    name: `${file} - ${path ? path + ' ' : ''}(line ${p.line})`,
    code: hasMain ? code + '\n' : `fn main() {\n${code}\n}\n`,
    ignore: tags.includes('ignore'),
    compileFail: tags.includes('compile_fail'),
    shouldPanic: tags.includes('should_panic'),
    noRun: tags.includes('no_run'),
  };
}
