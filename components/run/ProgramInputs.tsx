// The reader's inputs to a run: command-line arguments (인자), standard input (표준 입력) and, for programs
// using rand, the visible seed with a 다시 뽑기 button. Shown only for what the program actually reads.
import { useState } from 'preact/hooks';
import { shellWords } from '../../src/book/run-config.ts';
import type { ProgramInputs as Inputs } from './protocol.ts';
import './ProgramInputs.css';

/** What a program's source reads from outside, decided from its text (a hint for which fields to show). */
export function inputsUsed(source: string): { args: boolean; stdin: boolean; rand: boolean } {
  return {
    args: /\benv::args\b|\bargs\(\)/.test(source),
    stdin: /\bstdin\(\)/.test(source),
    rand: /\brand::|\bthread_rng\(\)/.test(source),
  };
}

/** Shell-style argument text for the input box: words with spaces or quotes are quoted. */
export function argsText(args: string[]): string {
  return args.map((a) => (/^[A-Za-z0-9_./=:,+-]+$/.test(a) ? a : `"${a.replace(/(["\\])/g, '\\$1')}"`)).join(' ');
}

interface Props {
  value: Inputs;
  used: { args: boolean; stdin: boolean; rand: boolean };
  idPrefix: string;
  onChange: (next: Inputs) => void;
}

export default function ProgramInputs({ value, used, idPrefix, onChange }: Props) {
  const [text, setText] = useState(argsText(value.args));
  const [bad, setBad] = useState(false);
  if (!used.args && !used.stdin && !used.rand && value.args.length === 0) return null;
  const env = Object.entries(value.env);
  return (
    <div class="hb-inputs" data-program-inputs>
      {(used.args || value.args.length > 0) && (
        <label class="hb-input-row">
          <span class="hb-input-label">인자</span>
          <input
            type="text"
            id={`${idPrefix}-args`}
            data-input="args"
            value={text}
            spellcheck={false}
            aria-invalid={bad}
            placeholder="cargo run -- 뒤에 쓰는 인자"
            onInput={(e) => {
              const t = (e.target as HTMLInputElement).value;
              setText(t);
              const words = shellWords(t);
              setBad(words === null);
              if (words) onChange({ ...value, args: words });
            }}
          />
        </label>
      )}
      {env.length > 0 && (
        <div class="hb-input-row" data-input="env">
          <span class="hb-input-label">환경 변수</span>
          <code>{env.map(([k, v]) => `${k}=${v}`).join(' ')}</code>
        </div>
      )}
      {used.stdin && (
        <label class="hb-input-row">
          <span class="hb-input-label">표준 입력</span>
          <textarea
            id={`${idPrefix}-stdin`}
            data-input="stdin"
            rows={3}
            spellcheck={false}
            value={value.stdin}
            placeholder="프로그램이 읽을 줄을 한 줄에 하나씩"
            onInput={(e) => onChange({ ...value, stdin: (e.target as HTMLTextAreaElement).value })}
          />
        </label>
      )}
      {used.rand && (
        <div class="hb-input-row">
          <span class="hb-input-label">난수 씨앗</span>
          <code data-input="seed">{value.seed ?? '기본값'}</code>
          <button
            type="button"
            class="hb-btn"
            data-action="reseed"
            onClick={() => onChange({ ...value, seed: Math.floor(Math.random() * 0xffffffff) })}
          >
            다시 뽑기
          </button>
        </div>
      )}
    </div>
  );
}
