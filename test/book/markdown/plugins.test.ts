// Fixture tests for each markdown plugin: fixtures/<plugin>/<case>.md is rendered and compared with
// <case>.html; when <case>.json exists it holds the expected chapter data (toc, listings, captions).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runFixture, type FixtureGroup } from './run-fixture.ts';

const ROOT = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

function dataView(data: Awaited<ReturnType<typeof runFixture>>['data']) {
  return {
    toc: data.toc,
    diagnostics: data.diagnostics,
    firstHeading: data.firstHeading ?? null,
    listings: data.listings.map(({ listing }) => ({
      id: listing.id,
      source: listing.source,
      visible: listing.visible,
      caption: listing.caption ?? null,
      line: listing.loc.line,
      lang: listing.attrs.lang,
    })),
  };
}

for (const group of readdirSync(ROOT) as FixtureGroup[]) {
  describe(group, () => {
    for (const name of readdirSync(join(ROOT, group)).filter((f) => f.endsWith('.md'))) {
      const base = join(ROOT, group, name.replace(/\.md$/, ''));
      it(name, async () => {
        const { html, data } = await runFixture(group, readFileSync(base + '.md', 'utf8'));
        if (UPDATE) writeFileSync(base + '.html', html);
        expect(html).toBe(readFileSync(base + '.html', 'utf8'));
        if (existsSync(base + '.json') || (UPDATE && data.listings.length + data.toc.length + data.diagnostics.length > 0)) {
          const view = JSON.stringify(dataView(data), null, 2) + '\n';
          if (UPDATE) writeFileSync(base + '.json', view);
          expect(view).toBe(readFileSync(base + '.json', 'utf8'));
        }
      });
    }
  });
}
