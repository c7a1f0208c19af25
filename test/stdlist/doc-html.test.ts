// The rustdoc reader behind `npm run stdlist`: inherent items only (not Deref targets or trait impls),
// stability / deprecation / unsafe flags, first-stable wins for duplicate names, module function tables.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inherentItems, moduleFunctions } from '../../src/stdlist/doc-html.ts';
import { exclusionOf } from '../../src/stdlist/exclude.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

describe('rustdoc pages', () => {
  it('reads the inherent methods with their flags', () => {
    const items = inherentItems(fixture('struct.Demo.html'));
    expect(items.map((i) => i.name)).toEqual(['new', 'push', 'new_in', 'from_raw_parts', 'as_ptr', 'old']);
    const by = Object.fromEntries(items.map((i) => [i.name, i]));
    expect(by.new).toMatchObject({ since: '1.0.0', unstable: false, signature: 'pub const fn new() -> Demo<T>' });
    expect(by.push).toMatchObject({ since: '1.2.0', signature: 'pub fn push(&mut self, value: T)' });
    expect(by.new_in.unstable).toBe(true);
    expect(by.from_raw_parts.unsafe).toBe(true);
    expect(by.old.deprecated).toBe(true);
  });

  it('says why an item is left out', () => {
    const by = Object.fromEntries(inherentItems(fixture('struct.Demo.html')).map((i) => [i.name, exclusionOf(i)]));
    expect(by).toEqual({ new: null, push: null, new_in: 'unstable', from_raw_parts: 'unsafe', as_ptr: 'raw-pointer', old: 'deprecated' });
  });

  it('reads a module function table (names split by <wbr>, unsafe and unstable marks)', () => {
    const fns = moduleFunctions(fixture('index.html'));
    expect(fns.map((f) => [f.name, exclusionOf(f)])).toEqual([['swap', null], ['size_of_val', null], ['zeroed', 'unsafe'], ['uninitialized', 'deprecated'], ['copy', 'unstable']]);
  });
});
