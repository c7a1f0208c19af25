// Pins the build lock: holders never overlap, and a stale lock left by a killed build is taken over.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, utimesSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBuildLock } from '../../src/cli/build/build-lock.ts';

describe('withBuildLock', () => {
  it('runs holders one at a time and releases the lock', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'hb-lock-')), 'lock');
    const events: string[] = [];
    const holder = (name: string) =>
      withBuildLock(lock, async () => {
        events.push(`${name}:in`);
        await new Promise((r) => setTimeout(r, 50));
        events.push(`${name}:out`);
        return name;
      });
    const results = await Promise.all([holder('a'), holder('b'), holder('c')]);
    expect(results).toEqual(['a', 'b', 'c']);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]!.endsWith(':in')).toBe(true);
      expect(events[i + 1]).toBe(events[i]!.replace(':in', ':out'));
    }
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a stale lock', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'hb-lock-')), 'lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(lock, old, old);
    await expect(withBuildLock(lock, async () => 'ran')).resolves.toBe('ran');
  });
});
