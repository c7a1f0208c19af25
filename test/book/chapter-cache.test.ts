// ChapterCache: a chapter is re-rendered only when a file it read (or looked for and missed) reads differently,
// for the async and the sync entry points alike; a compute that throws leaves nothing cached.
import { describe, expect, it } from 'vitest';
import { ChapterCache } from '../../src/book/chapter-cache.ts';
import type { FileReader } from '../../src/book/read-source.ts';

function disk(files: Record<string, string>): FileReader {
  return (abs) => (abs in files ? files[abs] : null);
}

describe('ChapterCache', () => {
  it('reuses a sync rendering until one of its reads changes', () => {
    const files: Record<string, string> = { '/a.md': 'A', '/inc.rs': 'fn main() {}' };
    const cache = new ChapterCache<string>();
    const render = (read: FileReader) => `${read('/a.md')}+${read('/inc.rs')}+${read('/missing.rs')}`;
    expect(cache.getSync('a', disk(files), render)).toBe('A+fn main() {}+null');
    expect(cache.getSync('a', disk(files), render)).toBe('A+fn main() {}+null');
    expect([cache.rendered, cache.reused]).toEqual([1, 1]);
    files['/inc.rs'] = 'fn main() { 1; }';
    expect(cache.getSync('a', disk(files), render)).toBe('A+fn main() { 1; }+null');
    files['/missing.rs'] = 'now here';
    expect(cache.getSync('a', disk(files), render)).toBe('A+fn main() { 1; }+now here');
    expect([cache.rendered, cache.reused]).toEqual([3, 1]);
  });

  it('reuses an async rendering and does not cache a compute that throws', async () => {
    const files: Record<string, string> = { '/b.md': 'B' };
    const cache = new ChapterCache<string>();
    await expect(cache.get('b', disk(files), async () => { throw new Error('broken'); })).rejects.toThrow('broken');
    const render = async (read: FileReader) => `${read('/b.md')}!`;
    expect(await cache.get('b', disk(files), render)).toBe('B!');
    expect(await cache.get('b', disk(files), render)).toBe('B!');
    expect([cache.rendered, cache.reused]).toEqual([1, 1]);
    cache.resetStats();
    expect([cache.rendered, cache.reused]).toEqual([0, 0]);
  });

  it('treats a file that can no longer be read as changed', () => {
    const cache = new ChapterCache<number>();
    let n = 0;
    const render = (read: FileReader) => { read('/c.md'); return ++n; };
    expect(cache.getSync('c', disk({ '/c.md': 'C' }), render)).toBe(1);
    const failing: FileReader = () => { throw new Error('EACCES'); };
    expect(cache.getSync('c', failing, () => ++n)).toBe(2);
  });
});
