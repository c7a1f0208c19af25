// Renders benchmark rows as an aligned plain-text table (numbers right-aligned, text left-aligned).
// Pure; used by `heapbook bench`.

export type Cell = string | number | null;

function show(c: Cell): string {
  if (c === null) return '—';
  if (typeof c === 'number') return Number.isInteger(c) ? c.toLocaleString('en-US') : c.toFixed(2);
  return c;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

export function renderTable(header: string[], rows: Cell[][]): string {
  const cells = rows.map((r) => r.map(show));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[], numeric: boolean[]) =>
    r.map((c, i) => (numeric[i] ? ' '.repeat(widths[i] - width(c)) + c : c + ' '.repeat(widths[i] - width(c)))).join('  ').trimEnd();
  const numeric = header.map((_, i) => rows.some((r) => typeof r[i] === 'number'));
  return [line(header, numeric.map(() => false)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((r) => line(r, numeric))].join('\n');
}
