// Test helper: renders AST nodes as compact s-expressions, e.g. `(Binary op=+ (PathExpr a) (Lit 1))`,
// skipping spans, so focused tests can compare structure at a glance.
const SKIP = new Set(['kind', 'span', 'raw', 'text', 'templateRaw', 'attrs']);

export function sexpr(node: unknown): string {
  if (node === null || node === undefined) return '_';
  if (typeof node === 'bigint') return node.toString();
  if (typeof node !== 'object') return JSON.stringify(node);
  if (Array.isArray(node)) return `[${node.map(sexpr).join(' ')}]`;
  const obj = node as Record<string, unknown>;
  const head = typeof obj.kind === 'string' ? obj.kind : '';
  const fields: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (SKIP.has(k) || k.endsWith('Span') || v === undefined) continue;
    if (v === false || (Array.isArray(v) && v.length === 0)) continue;
    if (k === 'name' && v && typeof v === 'object' && 'name' in v) {
      fields.push(`name=${(v as { name: string }).name}`);
      continue;
    }
    if (k === 'path' && v && typeof v === 'object' && 'text' in v) {
      fields.push(`path=${(v as { text: string }).text}`);
      continue;
    }
    if ((k === 'ty' || k === 'ret' || k === 'selfTy' || k === 'trait') && v && typeof v === 'object' && 'text' in v) {
      fields.push(`${k}=${(v as { text: string }).text}`);
      continue;
    }
    const s = sexpr(v);
    fields.push(v !== null && typeof v === 'object' && !Array.isArray(v) && 'kind' in v ? s : `${k}=${s}`);
  }
  return `(${[head, ...fields].filter(Boolean).join(' ')})`;
}
