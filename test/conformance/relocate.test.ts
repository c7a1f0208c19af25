import { describe, expect, it } from 'vitest';
import { relocate } from '../../src/conformance/relocate.ts';

const layout = { tmp: '/tmp', folder: 'greet', home: '/books/b/listings/ch01/greet' };

describe('relocate', () => {
  it('puts the crate back in its folder and the target dir inside it', () => {
    const raw = [
      '   Compiling greet v0.1.0 (/tmp/heapbook-conformance-4711/w1/greet)',
      '     Running `/tmp/heapbook-conformance-target/w1/debug/greet one`',
      '     Running unittests src/lib.rs (/tmp/heapbook-conformance-4711/target-w0/debug/deps/greet-0123abcd)',
      'error: failed to load manifest for workspace member `/tmp/heapbook-conformance-9/w0/greet/app`',
    ].join('\n');
    expect(relocate(raw, layout).split('\n')).toEqual([
      '   Compiling greet v0.1.0 (/books/b/listings/ch01/greet)',
      '     Running `target/debug/greet one`',
      '     Running unittests src/lib.rs (target/debug/deps/greet-0123abcd)',
      'error: failed to load manifest for workspace member `/books/b/listings/ch01/greet/app`',
    ]);
  });

  it('leaves other text alone, including a longer folder name', () => {
    const text = 'thread \'main\' panicked at src/main.rs:1:1\n/tmp/heapbook-conformance-1/w0/greeting\n';
    expect(relocate(text, layout)).toBe(text);
  });
});
