// Unit tests for finding and parsing `{{#…}}` helpers (mdBook's find_links cases).
import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../../src/book/directives/find-directives.ts';

const kinds = (s: string) => findDirectives(s).map((f) => (f.kind === 'directive' ? f.directive.kind : f.kind));

describe('findDirectives', () => {
  it('finds nothing in text without complete helpers', () => {
    expect(findDirectives('Some random text without link...')).toEqual([]);
    expect(findDirectives('Some random text with {{#playground...')).toEqual([]);
    expect(findDirectives('Some random text with \\{{#include...')).toEqual([]);
    expect(findDirectives('{{#playground}} and {{}} {{#}}...')).toEqual([]);
  });

  it('reports empty arguments as malformed (mdBook silently keeps them)', () => {
    const [f] = findDirectives('x {{#playground   }} y');
    expect(f).toMatchObject({ kind: 'malformed', message: '포함할 파일 경로가 없습니다', start: 2 });
  });

  it('gives offsets and parsed arguments', () => {
    const s = 'Some random text with {{#playground file.rs}} and {{#playground test.rs }}...';
    expect(findDirectives(s)).toEqual([
      {
        kind: 'directive',
        start: 22,
        end: 45,
        text: '{{#playground file.rs}}',
        directive: { kind: 'playground', path: 'file.rs', attrs: [] },
      },
      {
        kind: 'directive',
        start: 50,
        end: 74,
        text: '{{#playground test.rs }}',
        directive: { kind: 'playground', path: 'test.rs', attrs: [] },
      },
    ]);
  });

  it('parses ranges, anchors and quoted paths', () => {
    const dir = (s: string) => {
      const [f] = findDirectives(s);
      if (f.kind !== 'directive') throw new Error(f.kind);
      return f.directive;
    };
    expect(dir('{{#include file.rs:10:20}}')).toEqual({
      kind: 'include',
      path: 'file.rs',
      selection: { kind: 'between', from: 10, to: 20 },
    });
    expect(dir('{{#include file.rs:anchor}}')).toEqual({
      kind: 'include',
      path: 'file.rs',
      selection: { kind: 'anchor', name: 'anchor' },
    });
    expect(dir('{{#include "fila a.md":1:2}}')).toEqual({
      kind: 'include',
      path: 'fila a.md',
      selection: { kind: 'between', from: 1, to: 2 },
    });
    expect(dir('{{#include "file \\"name\\".md"}}')).toEqual({
      kind: 'include',
      path: 'file "name".md',
      selection: { kind: 'all' },
    });
    expect(dir('{{#rustdoc_include "fila a.rs":1:5}}')).toEqual({
      kind: 'rustdoc_include',
      path: 'fila a.rs',
      selection: { kind: 'between', from: 1, to: 5 },
    });
    expect(dir('{{#playground "fila a.rs" editable no_run}}')).toEqual({
      kind: 'playground',
      path: 'fila a.rs',
      attrs: ['editable', 'no_run'],
    });
    expect(dir('{{#playground foo-bar\\baz/_c++.rs}}')).toEqual({
      kind: 'playground',
      path: 'foo-bar\\baz/_c++.rs',
      attrs: [],
    });
    expect(dir('{{#include file.rs extra words}}')).toEqual({
      kind: 'include',
      path: 'file.rs',
      selection: { kind: 'all' },
    });
    expect(dir('{{#title  My Title}}')).toEqual({ kind: 'title', title: 'My Title' });
  });

  it('treats an escaped helper as running to the last }} on its line', () => {
    const s = 'a {{#include file.rs}} and \\{{#contents are insignificant}} x {{#z y}}\n {{#playground my.rs editable}}';
    expect(kinds(s)).toEqual(['include', 'escaped', 'playground']);
    const escaped = findDirectives(s)[1];
    expect(escaped).toMatchObject({ text: '\\{{#contents are insignificant}} x {{#z y}}' });
  });

  it('lets a helper span lines, as mdBook’s pattern does', () => {
    expect(kinds('{{#include\n  file.rs}}')).toEqual(['include']);
  });

  it('marks unknown helpers and unclosed quotes', () => {
    expect(findDirectives('{{#playgroundz ar.rs}} {{#incn}} {{baz}} {{#bar x}}')).toMatchObject([
      { kind: 'unknown', name: 'playgroundz' },
      { kind: 'unknown', name: 'bar' },
    ]);
    expect(findDirectives('{{#include "unclosed.md}}')).toMatchObject([{ kind: 'malformed' }]);
  });
});
