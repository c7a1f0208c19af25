import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/conformance.ts';
import { FIXTURE_BOOK } from './truth-fixture.ts';

describe('heapbook conformance: arguments (no cargo needed)', () => {
  const errors: string[] = [];
  afterEach(() => {
    errors.length = 0;
    vi.restoreAllMocks();
  });
  const capture = () => vi.spyOn(console, 'error').mockImplementation((m: unknown) => void errors.push(String(m)));

  it('needs --book and rejects unknown options and bad values with exit 2', async () => {
    capture();
    expect(await run([])).toBe(2);
    expect(errors.pop()).toMatch(/^사용법: heapbook conformance --book DIR/);
    expect(await run(['--book', FIXTURE_BOOK, '--bogus'])).toBe(2);
    expect(errors.pop()).toMatch(/^알 수 없는 옵션: --bogus/);
    expect(await run(['--book', FIXTURE_BOOK, '--jobs', '0'])).toBe(2);
    expect(errors.pop()).toBe('--jobs 값이 올바르지 않습니다: 0');
    expect(await run(['--book'])).toBe(2);
    expect(errors.pop()).toBe('--book 뒤에 값이 필요합니다');
  });

  it('names a book without listings/ and a selection that matches nothing', async () => {
    capture();
    expect(await run(['--book', join(FIXTURE_BOOK, 'nowhere')])).toBe(2);
    expect(errors[0]).toMatch(/nowhere\/listings: error: listings\/ 폴더가 없습니다/);
    errors.length = 0;
    expect(await run(['--book', FIXTURE_BOOK, '--chapter', 'ch99'])).toBe(2);
    expect(errors).toEqual([`크레이트가 없습니다: ${FIXTURE_BOOK} --chapter ch99`]);
  });
});
