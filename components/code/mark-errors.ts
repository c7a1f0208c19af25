// Marks the lines of compile errors in the static code block (the island's children) with a class and a
// title holding rustc's message. DOM edge only; which lines is decided from the shown errors.
export const ERROR_CLASS = 'hb-error-line';

export function markErrorLines(root: Element | null, errors: ReadonlyArray<{ line: number; endLine: number; message: string; severity: string }>): void {
  if (!root) return;
  for (const el of root.querySelectorAll(`.${ERROR_CLASS}`)) {
    el.classList.remove(ERROR_CLASS);
    el.removeAttribute('title');
  }
  const lines = root.querySelectorAll('.line');
  for (const e of errors) {
    if (e.severity !== 'error') continue;
    for (let l = e.line; l <= e.endLine; l++) {
      const el = lines[l - 1];
      if (!el) continue;
      el.classList.add(ERROR_CLASS);
      el.setAttribute('title', e.message);
    }
  }
}
