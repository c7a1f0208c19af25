// The memory view's one-line value texts for pointers that own no heap block.
import { describe, expect, it } from 'vitest';
import { valueText } from '../../components/memory/value-text.ts';

describe('valueText of pointers without a heap block', () => {
  it('says a zero-sized Box allocates nothing, and an empty Vec/String owns no buffer', () => {
    expect(valueText({ k: 'ptr', kind: 'Box', target: { to: 'dangling' }, ty: 'Box<()>' })).toBe('Box (크기 0, 할당 없음)');
    expect(valueText({ k: 'ptr', kind: 'Vec', target: { to: 'dangling' }, ty: 'Vec<i32>' })).toBe('Vec [] (할당 없음)');
    expect(valueText({ k: 'ptr', kind: 'Box', target: { to: 'heap', id: 3 }, ty: 'Box<i32>' })).toMatch(/→ #3$/);
  });
});
