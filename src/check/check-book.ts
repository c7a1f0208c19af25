// `heapbook check` as a function: book.toml → SUMMARY.md → every chapter (directives, fences, anchors) → links and
// images across pages → listings in the simulator, does_not_compile crates in its checker. Collects every finding; writes nothing.
import { posix } from 'node:path';
import type { BookConfig, BookDiagnostic, Summary } from '../book/model.ts';
import { readBookToml } from '../book/config.ts';
import { parseSummary, flattenChapters } from '../book/summary/index.ts';
import { pageUrl } from '../book/navigation.ts';
import { diskBookFiles, type BookFiles } from './book-files.ts';
import { dedupeDiagnostics, error, fromThrown, sortDiagnostics, warning } from './diagnostic.ts';
import { missingChapterFiles, unlistedChapters } from './check-summary.ts';
import { checkChapter, type CheckedChapter } from './check-chapter.ts';
import { directiveTargets } from './check-directives.ts';
import { checkLinks, type SiteIndex } from './check-links.ts';
import { checkListing, type RunRust } from './check-listings.ts';
import { checkCompileOutput, type CompileResult } from './check-compile-output.ts';

/** The simulator's `cargo build` of a crate (buildCrate in src/sim/api.ts, adapted). */
export type CompileCrate = (crate: { files: Record<string, string>; package?: string }) => CompileResult;

export interface CheckOptions {
  /** Run runnable listings in the simulator (default true). The dev server turns it off for speed. */
  runListings?: boolean;
  /** The simulator; default: `runRust` from src/sim/api.ts. */
  runRust?: RunRust;
  /** The simulator's checker on a crate, for `does_not_compile` listings; default: `buildCrate` from src/sim/api.ts. */
  compileCrate?: CompileCrate;
  /** File access; default: the disk under `root`. */
  files?: BookFiles;
}

export interface CheckResult {
  diagnostics: BookDiagnostic[];
  /** Chapters checked (files that exist and are listed). */
  chapters: number;
  /** Listings run in the simulator. */
  listingsRun: number;
  /** `does_not_compile` listings whose crate the simulator's checker compared with their output.txt. */
  compileChecked: number;
}

function readRequired(files: BookFiles, file: string, missing: string): { text: string } | { diagnostic: BookDiagnostic } {
  try {
    const text = files.read(file);
    return text === null ? { diagnostic: error({ file, line: 1, col: 1 }, missing) } : { text };
  } catch (e) {
    return { diagnostic: fromThrown(e) ?? error({ file, line: 1, col: 1 }, String(e)) };
  }
}

function loadConfig(files: BookFiles): { config: BookConfig; warnings: BookDiagnostic[] } | { diagnostic: BookDiagnostic } {
  const read = readRequired(files, 'book.toml', '설정 파일 book.toml이 없습니다. 책 폴더(--book)를 맞게 지정했는지 확인하세요');
  if ('diagnostic' in read) return read;
  try {
    return readBookToml(read.text, 'book.toml');
  } catch (e) {
    return { diagnostic: fromThrown(e) ?? error({ file: 'book.toml', line: 1, col: 1 }, String(e)) };
  }
}

function loadSummary(files: BookFiles, srcDir: string): { summary: Summary } | { diagnostic: BookDiagnostic } {
  const file = posix.join(srcDir, 'SUMMARY.md');
  const read = readRequired(files, file, `목차 파일 ${file}이 없습니다`);
  if ('diagnostic' in read) return read;
  try {
    return { summary: parseSummary(read.text, file) };
  } catch (e) {
    return { diagnostic: fromThrown(e) ?? error({ file, line: 1, col: 1 }, String(e)) };
  }
}

async function defaultCompileCrate(): Promise<CompileCrate | Error> {
  try {
    const sim = await import('../sim/api.ts');
    return (crate) => {
      const r = sim.buildCrate(crate);
      const d = r.diagnostics.find((x) => x.severity === 'error');
      return { outcome: r.outcome, stderr: r.stderr, ...(d ? { problem: `${d.file ?? 'Cargo.toml'}:${d.span.start.line}:${d.span.start.col}: ${d.message}` } : {}) };
    };
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

async function defaultRunRust(): Promise<RunRust | Error> {
  try {
    const sim = await import('../sim/api.ts');
    return sim.runRust as unknown as RunRust;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function siteIndex(srcDir: string, chapters: CheckedChapter[], files: BookFiles): SiteIndex {
  const anchors = new Map<string, ReadonlySet<string>>();
  const pathByUrl = new Map<string, string>();
  for (const c of chapters) {
    anchors.set(c.path, c.anchors ?? new Set());
    pathByUrl.set(pageUrl(c.path), c.path);
  }
  return { srcDir, anchors, pathByUrl, isFile: (rel) => files.isFile(rel) };
}

/** Included files plus what included markdown files include in turn (also behind broken directives). */
function includedClosure(start: readonly string[], files: BookFiles): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.md$/i.test(file)) continue;
    let text: string | null = null;
    try {
      text = files.read(file);
    } catch {
      continue;
    }
    if (text !== null) queue.push(...directiveTargets(text, file, files.root));
  }
  return seen;
}

export async function checkBook(root: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const files = opts.files ?? diskBookFiles(root);
  const done = (diagnostics: BookDiagnostic[], chapters = 0, listingsRun = 0, compileChecked = 0): CheckResult => ({
    diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)),
    chapters,
    listingsRun,
    compileChecked,
  });

  const cfg = loadConfig(files);
  if ('diagnostic' in cfg) return done([cfg.diagnostic]);
  const { srcDir } = cfg.config;
  const sum = loadSummary(files, srcDir);
  if ('diagnostic' in sum) return done([sum.diagnostic]);
  const { summary } = sum;

  const diagnostics: BookDiagnostic[] = [...cfg.warnings, ...missingChapterFiles(summary, srcDir, files.isFile)];
  const paths = flattenChapters(summary)
    .map((c) => c.path)
    .filter((p) => files.isFile(posix.join(srcDir, p)));
  const chapters: CheckedChapter[] = [];
  for (const path of paths) chapters.push(await checkChapter(files, srcDir, path));

  const site = siteIndex(srcDir, chapters, files);
  for (const c of chapters) {
    diagnostics.push(...c.diagnostics);
    if (c.anchors) diagnostics.push(...checkLinks(c.path, c.refs, (i) => c.refs[i].loc, site));
  }
  const included = includedClosure(chapters.flatMap((c) => c.included), files);
  // The 404 page's markdown ([output.html] input-404, default 404.md) is rendered, not a stray chapter.
  const input404 = cfg.config.html?.input404;
  if (input404 !== '') included.add(posix.join(srcDir, input404 ?? '404.md'));
  diagnostics.push(...unlistedChapters(summary, srcDir, files.markdownFiles(srcDir), included));

  let listingsRun = 0;
  const listings = chapters.flatMap((c) => c.listings);
  if (opts.runListings !== false && listings.length > 0) {
    const run = opts.runRust ?? (await defaultRunRust());
    if (run instanceof Error) {
      diagnostics.push(warning(listings[0].listing.loc, `시뮬레이터를 불러올 수 없어 예제를 실행해 보지 못했습니다: ${run.message}`));
    } else {
      for (const item of listings) {
        diagnostics.push(...checkListing(run, item));
        listingsRun++;
      }
    }
  }
  let compileChecked = 0;
  const rejected = chapters.flatMap((c) => c.rejected);
  if (opts.runListings !== false && rejected.length > 0) {
    const compile = opts.compileCrate ?? (await defaultCompileCrate());
    if (compile instanceof Error) {
      diagnostics.push(warning(rejected[0].loc, `시뮬레이터를 불러올 수 없어 does_not_compile 예제를 검사하지 못했습니다: ${compile.message}`));
    } else {
      for (const l of rejected) {
        let r: CompileResult;
        try {
          r = compile({ files: l.files, ...(l.package ? { package: l.package } : {}) });
        } catch (e) {
          r = { outcome: 'error', stderr: '', problem: `내부 오류: ${e instanceof Error ? e.message : String(e)}` };
        }
        diagnostics.push(...checkCompileOutput(l, r));
        compileChecked++;
      }
    }
  }
  return done(diagnostics, chapters.length, listingsRun, compileChecked);
}
