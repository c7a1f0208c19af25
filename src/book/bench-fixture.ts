// Generates a synthetic mdBook book of N chapters × several listings (includes with anchors, hidden
// lines, captions, console output) for the build benchmark. Writes files under `dir`; no other effects.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BenchBookOptions {
  chapters: number;
  /** Runnable listings per chapter (default 5). */
  listingsPerChapter?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text of listing `ch`-`k`: a small program with a struct, a Box, a Vec, an anchor around main. */
function listingSource(ch: number, k: number): string {
  return [
    '#[derive(Debug)]',
    `struct Item${k} {`,
    '    value: i32,',
    '}',
    '',
    '// ANCHOR: here',
    'fn main() {',
    `    let items: Vec<Box<Item${k}>> = (0..${k + 2}).map(|i| Box::new(Item${k} { value: i * ${ch} })).collect();`,
    '    let total: i32 = items.iter().map(|b| b.value).sum();',
    `    println!("장 ${ch}, 예제 ${k}: 합계 = {total}");`,
    '    println!("{:?}", items[0]);',
    '}',
    '// ANCHOR_END: here',
    '',
  ].join('\n');
}

function chapterText(ch: number, listings: number, last: boolean): string {
  const next = last ? '[처음](README.md)' : `[다음 장](ch${pad(ch + 1)}-00.md)`;
  const out: string[] = [`# ${ch}장: 합성 장`, '', `이 장은 벤치마크용으로 만들어졌습니다. ${next}을 보세요.`, ''];
  for (let k = 1; k <= listings; k++) {
    const dir = `../listings/ch${pad(ch)}/listing-${pad(ch)}-${pad(k)}/src/main.rs`;
    out.push(
      `## 예제 ${k}: \`Box<T>\`와 \`Vec<T>\``,
      '',
      '<span class="filename">파일명: src/main.rs</span>',
      '',
      '```rust',
      k % 2 === 0 ? `{{#rustdoc_include ${dir}:here}}` : `{{#include ${dir}}}`,
      '```',
      '',
      `<span class="caption">예제 ${ch}-${k}: 상자와 벡터의 합계</span>`,
      '',
      '| 값 | 위치 |',
      '|----|------|',
      '| `Box<T>` | 힙 |',
      '',
      '```console',
      '$ cargo run',
      `장 ${ch}, 예제 ${k}: 합계 = 0`,
      '```',
      '',
      '```rust',
      '# fn hidden_helper() -> i32 { 1 }',
      'fn main() {',
      '    println!("{}", hidden_helper());',
      '}',
      '```',
      '',
      '```rust,ignore,does_not_compile',
      'let s: String = 5;',
      '```',
      '',
    );
  }
  return out.join('\n');
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes book.toml, src/SUMMARY.md, chapters and listings under `dir` (which may already exist). */
export function writeBenchBook(dir: string, opts: BenchBookOptions): void {
  const perChapter = opts.listingsPerChapter ?? 5;
  write(join(dir, 'book.toml'), '[book]\ntitle = "벤치마크 책"\nauthors = ["heapbook"]\nlanguage = "ko"\nsrc = "src"\n');
  const summary = ['# 요약', '', '[들어가며](README.md)', '', '# 본문', ''];
  write(join(dir, 'src/README.md'), '# 들어가며\n\n벤치마크용 합성 책입니다.\n');
  for (let ch = 1; ch <= opts.chapters; ch++) {
    summary.push(`- [${ch}장: 합성 장](ch${pad(ch)}-00.md)`);
    write(join(dir, `src/ch${pad(ch)}-00.md`), chapterText(ch, perChapter, ch === opts.chapters));
    for (let k = 1; k <= perChapter; k++) {
      write(join(dir, `listings/ch${pad(ch)}/listing-${pad(ch)}-${pad(k)}/src/main.rs`), listingSource(ch, k));
    }
  }
  write(join(dir, 'src/SUMMARY.md'), summary.join('\n') + '\n');
}
