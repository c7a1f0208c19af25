// Formats what `heapbook build` tells the author: content errors as `file:line:col: error: message`, the summary.
// Pure string functions; the command prints them.
import { BookError, type BookDiagnostic, type SourceLoc } from '../../book/model.ts';

function where(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}${loc.col ? ':' + loc.col : ''}`;
}

/** A BookError (or anything shaped like one, e.g. re-thrown across bundles); null for other errors. */
export function asBookError(err: unknown): BookError | null {
  if (err instanceof BookError) return err;
  const e = err as { name?: unknown; loc?: Partial<SourceLoc>; message?: unknown } | null;
  if (e && e.name === 'BookError' && typeof e.loc?.file === 'string' && typeof e.loc.line === 'number') {
    return err as BookError;
  }
  return null;
}

export function formatBookError(err: BookError): string {
  const prefix = `${where(err.loc)}: `;
  const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
  return `${where(err.loc)}: error: ${message}`;
}

export function formatDiagnostic(d: BookDiagnostic): string {
  return `${where(d.loc)}: ${d.severity}: ${d.message}`;
}

/**
 * Listings the simulator could not pre-run (not book problems): one count line, and with `verbose` one
 * `file:line: simulator: …` line each. Empty string when there are none.
 */
export function formatSimulatorNotes(notes: readonly BookDiagnostic[], verbose: boolean): string {
  if (notes.length === 0) return '';
  const head = `참고: 시뮬레이터가 미리 실행하지 못한 예제 ${notes.length}개 (책의 오류가 아닙니다; 목록은 --verbose 또는 heapbook check)`;
  return verbose ? [head, ...notes.map((d) => `${where(d.loc)}: simulator: ${d.message}`)].join('\n') : head;
}

export interface BuildSummary {
  pages: number;
  listings: number;
  assets: number;
  searchPages: number;
  ms: number;
  outDir: string;
}

export function formatSummary(s: BuildSummary): string {
  const secs = (s.ms / 1000).toFixed(1);
  return `빌드 완료: 페이지 ${s.pages}개, 예제 ${s.listings}개, 자산 ${s.assets}개, 검색 색인 ${s.searchPages}쪽, ${secs}초 → ${s.outDir}`;
}
