// What the dev server knows about the book right now, sent to the terminal, the status endpoint and the
// browser overlay: whether the last load worked, whether pages show an older book, the errors and warnings.
import type { BookDiagnostic } from '../book/model.ts';

export interface DevStatus {
  /** Increases with every reload attempt. */
  version: number;
  /** The last reload produced a book (pages show the current files). */
  loaded: boolean;
  /** Pages show an older book than the files on disk (the last reload failed after an earlier success). */
  stale: boolean;
  /** No book has loaded yet: there are no pages to show at all. */
  empty: boolean;
  errors: BookDiagnostic[];
  warnings: BookDiagnostic[];
  /** How long the reload took, in milliseconds. */
  ms: number;
}

export const INITIAL_STATUS: DevStatus = { version: 0, loaded: false, stale: false, empty: true, errors: [], warnings: [], ms: 0 };
