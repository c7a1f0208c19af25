// Standalone SVG figure: accessible, self-contained, same data attributes as the island, deterministic.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { renderMemorySvg } from '../../components/memory/svg-string.ts';
import { explainLeaks } from '../../components/memory/leaks.ts';
import { snapshotOf } from '../../components/memory/snapshot.ts';
import { loadTrace } from './load-fixture.ts';

describe('renderMemorySvg', () => {
  const trace = loadTrace('rc-cycle');
  const end = snapshotOf(trace, 3);
  const svg = renderMemorySvg(end, { title: '그림 15-4: 서로를 가리키는 리스트 a와 b의 참조 순환', caption: explainLeaks(end, trace) });

  it('is a standalone SVG with a title, a text description and embedded styles', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="hb-fig-title">그림 15-4: 서로를 가리키는 리스트 a와 b의 참조 순환</title>');
    expect(svg).toContain('<desc id="hb-fig-desc">스택 main: a: 범위 끝, 드롭됨');
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(--');
  });

  it('marks the leaked Rc allocations like the island does', () => {
    expect(svg.match(/data-kind="Rc"/g)).toHaveLength(2);
    expect(svg.match(/data-leaked="true"/g)).toHaveLength(2);
    expect(svg.match(/data-strong="1"/g)).toHaveLength(2);
    expect(svg).toContain('순환 참조');
  });

  it('escapes text and balances tags', () => {
    expect(svg).toContain('Rc&lt;List&gt;');
    const opens = (svg.match(/<g[ >]/g) ?? []).length;
    expect((svg.match(/<\/g>/g) ?? []).length).toBe(opens);
  });

  it('matches the golden figure (set UPDATE_GOLDEN=1 to rewrite it after an intended change)', () => {
    const golden = new URL('./fixtures/rc-cycle-end.svg', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, svg);
    expect(svg).toBe(readFileSync(golden, 'utf8'));
  });
});
