// The code editor, loaded only when the reader presses 편집: prism-code-editor (a real <textarea>, so Korean IME
// works) with Rust highlighting. Wraps it in a small handle the island drives.
import { createEditor, type PrismEditor } from 'prism-code-editor';
import { defaultCommands } from 'prism-code-editor/commands';
import 'prism-code-editor/prism/languages/rust';
import 'prism-code-editor/languages/rust';
import 'prism-code-editor/layout.css';
import './editor-theme.css';
import { offsetOfLineCol } from './offsets.ts';

export interface EditorHandle {
  value(): string;
  setValue(code: string): void;
  /** Put the cursor at 1-based line:col, focus, and mark that line as the diagnostic's. */
  goto(line: number, col: number): void;
  /** Mark the line being executed (0-based index), or clear with null. */
  markLine(index: number | null): void;
  destroy(): void;
}

function setLineClass(ed: PrismEditor, cls: string, lineNo: number | null): void {
  for (const el of ed.wrapper.querySelectorAll(`.${cls}`)) el.classList.remove(cls);
  if (lineNo !== null) ed.lines[lineNo]?.classList.add(cls);
}

export function mountEditor(container: HTMLElement, code: string, label: string, onChange: (code: string) => void): EditorHandle {
  let current: number | null = null;
  const ed = createEditor(container, { language: 'rust', value: code, tabSize: 4, lineNumbers: true, wordWrap: false, class: 'hb-prism' }, defaultCommands());
  ed.textarea.setAttribute('aria-label', label);
  ed.on('update', (v) => {
    setLineClass(ed, 'hb-diag-line', null);
    onChange(v);
    if (current !== null) setLineClass(ed, 'hb-current-line', current + 1);
  });
  return {
    value: () => ed.value,
    setValue: (v) => ed.setOptions({ value: v }),
    goto(line, col) {
      const off = offsetOfLineCol(ed.value, line, col);
      ed.textarea.focus();
      ed.textarea.setSelectionRange(off, off);
      setLineClass(ed, 'hb-diag-line', line);
    },
    markLine(index) {
      current = index;
      setLineClass(ed, 'hb-current-line', index === null ? null : index + 1);
    },
    destroy: () => ed.remove(),
  };
}
