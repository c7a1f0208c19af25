// The book model: what `src/book` computes from an mdBook-layout folder and the Astro pages render.
// Computed once per build (loadBook), never re-derived in a template.

/** A place in a source file of the book, for messages: `src/ch15-06.md:42:3: error: …`. */
export interface SourceLoc {
  /** Path relative to the book root, with forward slashes: 'src/ch15-06-reference-cycles.md'. */
  file: string;
  line: number;
  col?: number;
}

/**
 * 'book': a problem in the book itself (the default when absent).
 * 'simulator': a listing heapbook's simulator cannot run, or runs differently from its `output.txt` —
 * a limit of the simulator, never counted as an error of the book.
 */
export type DiagnosticCategory = 'book' | 'simulator';

export interface BookDiagnostic {
  severity: 'error' | 'warning';
  loc: SourceLoc;
  message: string;
  category?: DiagnosticCategory;
}

/** Thrown for content errors that must fail the build; carries the place. */
export class BookError extends Error {
  constructor(
    readonly loc: SourceLoc,
    message: string,
  ) {
    super(`${loc.file}:${loc.line}${loc.col ? ':' + loc.col : ''}: ${message}`);
    this.name = 'BookError';
  }
}

export interface BookConfig {
  title: string;
  authors: string[];
  language: string; // 'ko'
  description?: string;
  /** [build] src, default 'src'. */
  srcDir: string;
  /** `[output.html]` as mdBook reads it; absent in hand-made fixtures (then mdBook's defaults apply). */
  html?: HtmlConfig;
  /** `[output.heapbook] strict = true`: warnings fail `heapbook build` as `--strict` does. */
  strict?: boolean;
}

/** The `[output.html]` keys heapbook acts on (see html-config.ts for the rest it knows and ignores). */
export interface HtmlConfig {
  /** `site-url`: where the site is hosted ('/book/'); pages use relative URLs, this feeds sitemap.xml, og:url, 404. */
  siteUrl?: string;
  gitRepositoryUrl?: string;
  /** `edit-url-template`, with `{path}` = the chapter's path from the book root ('src/ch01.md'). */
  editUrlTemplate?: string;
  /** Paths relative to the book root, copied into the site and linked from every page. */
  additionalCss: string[];
  additionalJs: string[];
  defaultTheme?: string;
  preferredDarkTheme?: string;
  /** Old path (from the site root, '/old.html') → new URL. */
  redirect: Record<string, string>;
  noSectionLabel: boolean;
  fold: { enable: boolean; level: number };
  /** `input-404`: the markdown file (relative to src) rendered as 404.html; '' turns the page off. */
  input404?: string;
  cname?: string;
}

// ---------------------------------------------------------------- SUMMARY.md

/** One entry of the table of contents, as mdBook reads SUMMARY.md. */
export type SummaryItem =
  | {
      kind: 'chapter';
      title: string;
      /** Path relative to srcDir ('ch15-06-reference-cycles.md'); null for a draft chapter. */
      path: string | null;
      /** Section number as mdBook shows it ('15.6.'); null for prefix/suffix chapters. */
      number: string | null;
      children: SummaryItem[];
      loc: SourceLoc;
    }
  | { kind: 'part'; title: string; loc: SourceLoc }
  | { kind: 'separator'; loc: SourceLoc };

export interface Summary {
  title?: string;
  items: SummaryItem[];
}

// ---------------------------------------------------------------- pages

/** Attributes of a fenced code block's info string (```rust,ignore,edition2021). */
export interface CodeAttrs {
  lang: string;
  ignore: boolean;
  noplayground: boolean;
  noRun: boolean;
  shouldPanic: boolean;
  compileFail: boolean;
  editable: boolean;
  edition?: number;
  doesNotCompile: boolean;
  panics: boolean;
  notDesiredBehavior: boolean;
  /** Anything else in the info string, kept verbatim. */
  other: string[];
}

/** Precomputed result of running a listing in the simulator at build time (output only). */
export interface PrecomputedRun {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Korean diagnostic when the simulator could not run it (unsupported feature, parse error…). */
  diagnostic?: { line: number; col: number; message: string };
  /** The simulator could not run it at all (nothing ran; exit code 2 is the simulator's, not the program's). */
  couldNotRun?: boolean;
  /** Output longer than the page may carry was cut to its first `shownBytes` (of `totalBytes`). */
  cut?: { shownBytes: number; totalBytes: number };
  /** The listing's crate's `output.txt` as the book has it, its `$ …` line first (shown when the simulator can't run it). */
  bookOutput?: string;
  /** Memory picture (standalone SVG) of the step a run lands on, for readers without JavaScript. */
  figure?: { svg: string; width: number; height: number; alt: string };
}

/** A runnable Rust listing, as data for the island. */
export interface ListingData {
  /** Stable id: 'listing-15-26' from the included path, else '<page-stem>-<n>' (n from 1). */
  id: string;
  /** Full source, hidden lines included, `# ` prefixes removed (what rustdoc compiles). */
  source: string;
  /** For each line of `source`: true if visible to the reader (not a hidden `# ` line). */
  visible: boolean[];
  attrs: CodeAttrs;
  /** Caption text of the listing (`예제 15-26: …`) when one follows it. */
  caption?: string;
  precomputed?: PrecomputedRun;
  loc: SourceLoc;
  /** The cargo crate the listing's file belongs to, when it has more to it than this one file (run-config.ts). */
  crate?: ListingCrate;
  /**
   * The cargo crate the code was included from (nearest folder above the included file with a Cargo.toml),
   * relative to the book root, and the text of its `output.txt` when there is one: its first `$ ` line says
   * how the book runs the crate (`cargo run -- ARGS`, `VAR=1 cargo run`, `cargo test`), the rest is what cargo printed.
   */
  cargo?: { dir: string; outputTxt?: string };
  /** The file the code was included from, relative to the book root (absent for code written in the chapter). */
  sourceFile?: string;
  /** The worker's result for an unedited Run, precomputed at build time (components/run/precomputed-run.ts). */
  runAsset?: RunAssetRef;
}

/** Where an unedited listing's precomputed run result is: a JSON file beside the page's scripts. */
export interface RunAssetRef {
  /** File name, content-hashed (`run-<hash>.json`). */
  file: string;
  /** Hash of the request it answers (source, inputs, crate); the file carries the same. */
  source: string;
}

/** A listing's crate as the island runs it: its other files, which file the listing shows, how the book runs it. */
export interface ListingCrate {
  /** Every file of the crate (or workspace) folder by relative path, the listing's own file included. */
  files: Record<string, string>;
  /** The listing's file in `files` (`src/main.rs`, `src/lib.rs`, `adder/src/main.rs`). */
  file: string;
  run: import('./run-config.ts').RunConfig;
}

/** A page body is a sequence of static HTML and runnable listings (which become islands). */
export type Segment =
  | { kind: 'html'; html: string }
  /** `html` is the static, highlighted code block (with hidden-line toggle and copy button). */
  | { kind: 'listing'; listing: ListingData; html: string; /** Below the first screens: drawn when near. */ lazy: boolean };

export interface TocEntry {
  depth: number; // 2..4
  id: string;
  text: string;
}

export interface NavLink {
  url: string;
  title: string;
  number: string | null;
}

export interface Page {
  /** Source path relative to srcDir: 'ch15-06-reference-cycles.md'. */
  path: string;
  /** Output URL path relative to site root, mdBook style: 'ch15-06-reference-cycles.html'. */
  url: string;
  title: string;
  number: string | null;
  segments: Segment[];
  toc: TocEntry[];
  prev: NavLink | null;
  next: NavLink | null;
}

export interface Book {
  root: string;
  config: BookConfig;
  summary: Summary;
  pages: Page[];
  /** Files under srcDir to copy verbatim (images…), relative to srcDir. */
  assets: string[];
  /** Warnings collected while building (errors throw BookError instead). */
  diagnostics: BookDiagnostic[];
  /** The body of 404.html from `[output.html] input-404` (default src/404.md, as mdBook), when that file exists. */
  notFound?: { title: string; segments: Segment[] };
  /** Precomputed run results to write beside the site's scripts (src/book/listings/run-asset.ts; prerun only). */
  runAssets?: { file: string; json: string }[];
}
