// Request paths the dev middleware answers: below the site base only, assets inside src only, never chapters.
import { describe, expect, it } from 'vitest';
import { assetRequest, pathBelowBase } from '../../src/dev/dev-middleware.ts';

describe('pathBelowBase', () => {
  it('strips the base and the query, decodes', () => {
    expect(pathBelowBase('/img/%EA%B7%B8%EB%A6%BC.svg?v=1', '/')).toBe('img/그림.svg');
    expect(pathBelowBase('/book/__heapbook/status', '/book/')).toBe('__heapbook/status');
    expect(pathBelowBase('/other/x', '/book/')).toBeNull();
    expect(pathBelowBase('/%E0%A4%A', '/')).toBeNull();
  });
});

describe('assetRequest', () => {
  it('allows files inside src and refuses escapes, chapters and folders', () => {
    expect(assetRequest('img/a.svg')).toBe('img/a.svg');
    expect(assetRequest('../book.toml')).toBeNull();
    expect(assetRequest('img/../../x')).toBeNull();
    expect(assetRequest('ch01.md')).toBeNull();
    expect(assetRequest('')).toBeNull();
    expect(assetRequest('img//a.svg')).toBeNull();
  });
});

describe('devMiddleware', () => {
  it("serves book.toml's additional CSS/JS from beside book.toml, and other assets from src", async () => {
    const { devMiddleware } = await import('../../src/dev/dev-middleware.ts');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../site/fixtures/subpath-book/', import.meta.url));
    const book = {
      root,
      config: { srcDir: 'src', html: { additionalCss: ['theme/extra.css'], additionalJs: ['extra.js'], redirect: {}, noSectionLabel: false, fold: { enable: false, level: 0 } } },
    };
    const session = { book, status: {} } as never;
    const serve = (url: string) =>
      new Promise<{ status: number; body: string; next: boolean }>((resolve) => {
        let body = '';
        let status = 0;
        const res = {
          writeHead: (s: number) => void (status = s),
          write: (c: Buffer) => void (body += c.toString()),
          end: (c?: Buffer) => resolve({ status, body: body + (c ? c.toString() : ''), next: false }),
          on: () => res,
          once: () => res,
          emit: () => true,
          removeListener: () => res,
        };
        devMiddleware(session, '/')({ url, method: 'GET', headers: {} } as never, res as never, () => resolve({ status: 0, body: '', next: true }));
      });
    const css = await serve('/theme/extra.css');
    expect(css.status).toBe(200);
    expect(css.body).toContain('.extra-styled');
    expect((await serve('/extra.js')).body).toContain('data-extra-js');
    expect((await serve('/img/box.svg')).body).toContain('<svg');
    expect((await serve('/book.toml')).next).toBe(true); // not an additional file, not under src
  });
});
