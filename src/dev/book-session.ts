// The dev server's book: reloads it on demand (one at a time, coalescing bursts of edits), hands each good
// book to the pages, and keeps the last good one showing while the files have errors. I/O is injected.
import type { Book, BookDiagnostic } from '../book/model.ts';
import { dedupeDiagnostics, error, fromThrown, sortDiagnostics } from '../check/diagnostic.ts';
import { INITIAL_STATUS, type DevStatus } from './dev-status.ts';

export interface SessionDeps {
  load(root: string): Promise<Book>;
  /** Makes a book the one the pages render. */
  handOver(book: Book): void;
  /** Cheap checks over a loaded book (links, images, fences). */
  references(book: Book): BookDiagnostic[];
  /** The full check without the simulator, to list every error when loading fails. */
  fullCheck(root: string): Promise<BookDiagnostic[]>;
}

export interface ReloadOutcome {
  status: DevStatus;
  /** A new book was handed over: browsers should reload. */
  reloadPages: boolean;
}

const split = (ds: BookDiagnostic[]) => ({
  errors: sortDiagnostics(dedupeDiagnostics(ds.filter((d) => d.severity === 'error'))),
  warnings: sortDiagnostics(dedupeDiagnostics(ds.filter((d) => d.severity === 'warning'))),
});

export class BookSession {
  private current: Book | null = null;
  private state: DevStatus = INITIAL_STATUS;
  private running: Promise<ReloadOutcome> | null = null;
  private queued: Promise<ReloadOutcome> | null = null;

  constructor(
    readonly root: string,
    private readonly deps: SessionDeps,
  ) {}

  get status(): DevStatus {
    return this.state;
  }

  get book(): Book | null {
    return this.current;
  }

  /** Reloads now, or once more after the reload in progress (several calls meanwhile make one reload). */
  reload(): Promise<ReloadOutcome> {
    if (this.running) {
      this.queued ??= this.running.then(() => {
        this.queued = null;
        return this.reload();
      });
      return this.queued;
    }
    this.running = this.loadOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** After a failed reload: every error the checker finds, added to the status; null if nothing changed. */
  async refine(): Promise<DevStatus | null> {
    const before = this.state;
    if (before.loaded) return null;
    let found: BookDiagnostic[];
    try {
      found = await this.deps.fullCheck(this.root);
    } catch {
      return null;
    }
    if (this.state.version !== before.version) return null; // a newer reload already replaced it
    const merged = split([...before.errors, ...before.warnings, ...found]);
    if (merged.errors.length === before.errors.length && merged.warnings.length === before.warnings.length) return null;
    this.state = { ...before, ...merged };
    return this.state;
  }

  private async loadOnce(): Promise<ReloadOutcome> {
    const started = performance.now();
    const version = this.state.version + 1;
    let book: Book;
    try {
      book = await this.deps.load(this.root);
    } catch (e) {
      const d =
        fromThrown(e) ?? error({ file: 'book.toml', line: 1, col: 1 }, `책을 읽는 중 예상하지 못한 오류가 났습니다: ${e instanceof Error ? e.message : String(e)}`);
      this.state = {
        version,
        loaded: false,
        stale: this.current !== null,
        empty: this.current === null,
        ...split([d]),
        ms: performance.now() - started,
      };
      return { status: this.state, reloadPages: false };
    }
    this.deps.handOver(book);
    this.current = book;
    let references: BookDiagnostic[] = [];
    try {
      references = this.deps.references(book);
    } catch (e) {
      references = [fromThrown(e) ?? error({ file: 'book.toml', line: 1, col: 1 }, `링크 검사 중 오류: ${String(e)}`)];
    }
    this.state = {
      version,
      loaded: true,
      stale: false,
      empty: false,
      ...split([...book.diagnostics, ...references]),
      ms: performance.now() - started,
    };
    return { status: this.state, reloadPages: true };
  }
}
