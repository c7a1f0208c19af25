// The checker's findings: BookDiagnostic values (file, line, severity, Korean message), small constructors,
// conversion from a thrown BookError, and the order they are reported in (file first seen, then line).
import { BookError, type BookDiagnostic, type SourceLoc } from '../book/model.ts';

export type { BookDiagnostic } from '../book/model.ts';

export function error(loc: SourceLoc, message: string): BookDiagnostic {
  return { severity: 'error', loc, message };
}

export function warning(loc: SourceLoc, message: string): BookDiagnostic {
  return { severity: 'warning', loc, message };
}

/** A BookError (also one re-thrown across module copies, recognised by shape) as an error diagnostic; null otherwise. */
export function fromThrown(err: unknown): BookDiagnostic | null {
  const e = err as { name?: unknown; loc?: Partial<SourceLoc>; message?: unknown } | null;
  const isBookError =
    err instanceof BookError ||
    (e !== null && typeof e === 'object' && e.name === 'BookError' && typeof e.loc?.file === 'string' && typeof e.loc.line === 'number');
  if (!isBookError) return null;
  const loc = e!.loc as SourceLoc;
  return error(loc, stripLocPrefix(String(e!.message), loc));
}

/** BookError messages start with `file:line[:col]: `; diagnostics carry the place separately. */
export function stripLocPrefix(message: string, loc: SourceLoc): string {
  const prefixes = [`${loc.file}:${loc.line}:${loc.col ?? 1}: `, `${loc.file}:${loc.line}: `];
  for (const p of prefixes) if (message.startsWith(p)) return message.slice(p.length);
  return message;
}

/** Stable report order: files in the order they were first reported, then by line and column. */
export function sortDiagnostics(diagnostics: readonly BookDiagnostic[]): BookDiagnostic[] {
  const rank = new Map<string, number>();
  for (const d of diagnostics) if (!rank.has(d.loc.file)) rank.set(d.loc.file, rank.size);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        rank.get(a.d.loc.file)! - rank.get(b.d.loc.file)! ||
        a.d.loc.line - b.d.loc.line ||
        (a.d.loc.col ?? 1) - (b.d.loc.col ?? 1) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}

/** Drops exact repeats (same place, severity and message), keeping the first. */
export function dedupeDiagnostics(diagnostics: readonly BookDiagnostic[]): BookDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.loc.file}\0${d.loc.line}\0${d.loc.col ?? 1}\0${d.severity}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A simulator limit at a listing: reported in its own category, never an error of the book. */
export function simulatorLimit(loc: SourceLoc, message: string): BookDiagnostic {
  return { severity: 'warning', loc, message, category: 'simulator' };
}

export function isSimulatorLimit(d: BookDiagnostic): boolean {
  return d.category === 'simulator';
}

/** Counts of the book's own errors and warnings (simulator limits are counted apart, see countSimulatorLimits). */
export function countBySeverity(diagnostics: readonly BookDiagnostic[]): { errors: number; warnings: number } {
  const book = diagnostics.filter((d) => !isSimulatorLimit(d));
  const errors = book.filter((d) => d.severity === 'error').length;
  return { errors, warnings: book.length - errors };
}

export function countSimulatorLimits(diagnostics: readonly BookDiagnostic[]): number {
  return diagnostics.filter(isSimulatorLimit).length;
}
