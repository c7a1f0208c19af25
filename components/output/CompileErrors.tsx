// The list under the compiler output when rustc would reject the program: each error's code, rustc's
// message, a Korean one-line explanation and a button that points at its place in the code.
import type { ShownCompileError } from './compile-errors.ts';
import './CompileErrors.css';

interface Props {
  errors: ShownCompileError[];
  onPoint(e: ShownCompileError): void;
}

export function CompileErrors({ errors, onPoint }: Props) {
  if (errors.length === 0) return null;
  return (
    <ul class="hb-compile-errors" data-compile-errors aria-label="컴파일 오류">
      {errors.map((e, i) => (
        <li key={i} class={`hb-compile-error hb-compile-${e.severity}`} data-code={e.code ?? ''}>
          <button type="button" class="hb-diag-pos" data-diag-pos={`${e.line}:${e.col}`} onClick={() => onPoint(e)} aria-label={`${e.line}번째 줄 ${e.col}번째 열로 이동`}>
            {e.line}:{e.col}
          </button>{' '}
          <span class="hb-diag-tag">{e.severity === 'error' ? '컴파일 오류' : '경고'}</span>
          {e.code && <code class="hb-compile-code">{e.code}</code>} <span class="hb-compile-msg">{e.message}</span>
          {e.ko && <div class="hb-compile-ko">{e.ko}</div>}
        </li>
      ))}
    </ul>
  );
}
