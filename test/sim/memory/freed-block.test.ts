// A freed (or never allocated) heap block is never read: the heap throws FreedBlockError, and a run that meets one
// ends with an 'unchecked' diagnostic (the checker missed a rustc error), never an internal error or an answer.
import { describe, expect, it } from 'vitest';
import { FreedBlockError, Heap } from '../../../src/sim/memory/heap.ts';
import { freedBlockMessage } from '../../../src/sim/semantics/signals.ts';

describe('freed heap blocks', () => {
  it('throws FreedBlockError for a freed id and for a non-heap value', () => {
    const h = new Heap();
    const a = h.alloc('Vec', 'i32', [], 4, 0);
    expect(h.get(a.id)).toBe(a);
    h.free(a.id);
    expect(() => h.get(a.id)).toThrow(FreedBlockError);
    expect(() => h.get(undefined as unknown as number)).toThrow(FreedBlockError);
  });

  it('says the run stopped on a freed block, naming it', () => {
    expect(freedBlockMessage(new FreedBlockError(3))).toMatch(/^실행을 멈췄습니다: 이미 해제된 힙 블록 #3을\(를\) 다시 썼습니다\. .*E0382/);
    expect(freedBlockMessage(new FreedBlockError(undefined))).toMatch(/힙 블록이 아닌 값/);
  });
});
