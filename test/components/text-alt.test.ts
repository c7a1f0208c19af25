// Text alternative of the memory view and the Korean leak explanation.
import { describe, expect, it } from 'vitest';
import { describeMemory, describeMemoryText } from '../../components/memory/text-alt.ts';
import { explainLeaks, particleGa, particleWa } from '../../components/memory/leaks.ts';
import { snapshotOf } from '../../components/memory/snapshot.ts';
import { loadTrace } from './load-fixture.ts';

describe('describeMemory', () => {
  const trace = loadTrace('rc-cycle');
  it('lists slots with pointer targets and Rc counts', () => {
    const d = describeMemory(snapshotOf(trace, 2));
    expect(d.stack).toEqual([{ fn: 'main', lines: ['a: Rc → #2 (강한 참조 2, 약한 참조 0)', 'b: Rc → #3 (강한 참조 2, 약한 참조 0)'] }]);
    expect(d.heap[0]).toBe('#2 Rc<List> (40바이트, 강한 참조 2, 약한 참조 0): Cons(5, RefCell { Rc → #3 } (가변 대여 중))');
  });
  it('marks dropped slots and leaked allocations', () => {
    const text = describeMemoryText(snapshotOf(trace, 3));
    // A dropped slot says so instead of redrawing the pointer it held.
    expect(text).toContain('a: 범위 끝, 드롭됨');
    expect(text).toContain('누수');
  });
});

describe('explainLeaks', () => {
  const trace = loadTrace('rc-cycle');
  it('names the variables of a reference cycle', () => {
    expect(explainLeaks(snapshotOf(trace, 3), trace)).toEqual([
      '`a`와 `b`가 서로를 가리키는 순환 참조 때문에 강한 참조 카운트가 0이 되지 않아 해제되지 않았습니다.',
    ]);
  });
  it('says nothing before the end or when nothing leaked', () => {
    expect(explainLeaks(snapshotOf(trace, 2), trace)).toEqual([]);
  });
  it('falls back to allocation numbers without variable names', () => {
    const end = snapshotOf(trace, 3);
    expect(explainLeaks({ ...end, frames: [] })[0]).toMatch(/^할당 #2와 #3이 서로를/);
  });
  it('picks Korean particles by the final sound', () => {
    expect([particleWa('`a`'), particleWa('`list`'), particleWa('`item`'), particleWa('값'), particleWa('노드')]).toEqual(['와', '와', '과', '과', '와']);
    expect([particleGa('`b`'), particleGa('#3'), particleGa('#2')]).toEqual(['가', '이', '가']);
  });
});
