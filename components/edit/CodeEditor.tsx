// Island part that shows the editor in place of the static code; the editor module is fetched on first use.
// Reports edits upward and follows "go to line:col" and "current line" requests from the island.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorHandle } from './prism-editor.ts';

export interface GotoRequest {
  line: number;
  col: number;
  /** Changes on every request so the same position can be requested twice. */
  nonce: number;
}

interface Props {
  initial: string;
  label: string;
  onChange(code: string): void;
  /** Replace the content (reset) when this value changes. */
  resetTo: { code: string; nonce: number } | null;
  goto: GotoRequest | null;
  currentLine: number | null;
}

export function CodeEditor({ initial, label, onChange, resetTo, goto, currentLine }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<EditorHandle | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    let alive = true;
    import('./prism-editor.ts')
      .then((m) => {
        if (!alive || !host.current) return;
        handle.current = m.mountEditor(host.current, initial, label, (v) => changeRef.current(v));
        setReady(true);
      })
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready && resetTo) handle.current?.setValue(resetTo.code);
  }, [ready, resetTo]);
  useEffect(() => {
    if (ready && goto) handle.current?.goto(goto.line, goto.col);
  }, [ready, goto]);
  useEffect(() => {
    if (ready) handle.current?.markLine(currentLine);
  }, [ready, currentLine]);

  return (
    <div class="hb-editor" data-editor data-ready={ready ? 'true' : 'false'}>
      <div ref={host} />
      {!ready && !failed && <div class="hb-editor-loading">편집기를 불러오는 중…</div>}
      {failed && <div class="hb-notice" role="alert">편집기를 불러오지 못했습니다: {failed}</div>}
    </div>
  );
}
