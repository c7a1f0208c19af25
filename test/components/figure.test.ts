// `heapbook figure`: runs a program in the simulator and writes its end-state memory as a standalone SVG.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/commands/figure.ts';

const fixture = fileURLToPath(
  new URL('../../content/listings/ch15-smart-pointers/listing-15-26/src/main.rs', import.meta.url),
);
const bookFigure = fileURLToPath(new URL('../../content/src/img/trpl15-04.svg', import.meta.url));
const FIGURE_TITLE = '그림 15-4: 리스트 a와 b가 서로를 가리키는 순환 참조 (main의 지역 변수 a와 b가 드롭되기 직전의 메모리)';

describe('heapbook figure', () => {
  it('draws the two leaked Rc lists of listing 15-26 at the end', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hb-fig-')), 'fig.svg');
    expect(await run([fixture, '--out', out, '--title', '그림 15-4'])).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('<title id="hb-fig-title">그림 15-4</title>');
    expect(svg.match(/data-kind="Rc"/g)).toHaveLength(2);
    expect(svg.match(/data-leaked="true"/g)).toHaveLength(2);
    expect(svg.match(/data-strong="1"/g)).toHaveLength(2);
    expect(svg).toContain('a와 b가 서로를 가리키는 순환 참조');
  });

  it('draws an earlier step on request, where a and b are live', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hb-fig-')), 'fig.svg');
    expect(await run([fixture, '--out', out, '--step', '10'])).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('data-frame="main"');
    expect(svg).not.toContain('data-leaked');
  });

  it("is what the book's figure 15-4 was drawn with (regenerate: heapbook figure … --step end-of-main --title …)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hb-fig-')), 'fig.svg');
    expect(await run([fixture, '--out', out, '--step', 'end-of-main', '--title', FIGURE_TITLE])).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toBe(readFileSync(bookFigure, 'utf8'));
    // a and b are still on the stack, each list held twice (by its variable and by the other list).
    expect(svg).toContain('data-slot="a"');
    expect(svg).toContain('data-slot="b"');
    expect(svg.match(/data-strong="2"/g)).toHaveLength(2);
    expect(svg).not.toContain('data-leaked');
  });

  it("is sized in its chapter as it is drawn (an <img> of another aspect ratio is stretched) and loads lazily", () => {
    const chapter = readFileSync(fileURLToPath(new URL('../../content/src/ch15-06-reference-cycles.md', import.meta.url)), 'utf8');
    const img = /<img [^>]*src="img\/trpl15-04\.svg"[^>]*>/.exec(chapter)?.[0] ?? '';
    const svg = readFileSync(bookFigure, 'utf8');
    const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    const root = /<svg [^>]*>/.exec(svg)![0];
    expect([attr(img, 'width'), attr(img, 'height')]).toEqual([attr(root, 'width'), attr(root, 'height')]);
    expect(attr(img, 'loading')).toBe('lazy');
  });

  it('names the landing steps: end-of-main is the last step before main drops its locals', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hb-fig-')), 'fig.svg');
    expect(await run([fixture, '--out', out, '--step', 'auto'])).toBe(0);
    // The cycle leaks, so the automatic landing step is the end, where the leak is explained.
    expect(readFileSync(out, 'utf8').match(/data-leaked="true"/g)).toHaveLength(2);
  });

  it('rejects bad arguments with exit code 2', async () => {
    expect(await run([fixture])).toBe(2);
    expect(await run([fixture, '--out', '/tmp/x.svg', '--step', '0'])).toBe(2);
    expect(await run(['/nonexistent.rs', '--out', '/tmp/x.svg'])).toBe(1);
  });
});
