// Code block toolbar behaviour, by event delegation: the eye toggles hidden `# ` lines,
// the clipboard button copies the visible code and shows "복사됨" for a moment.
function toggleHidden(button: HTMLElement): void {
  const block = button.closest('.heapbook-code');
  if (!block) return;
  const on = block.classList.toggle('heapbook-show-hidden');
  button.setAttribute('aria-pressed', String(on));
  const label = on ? '숨겨진 줄 감추기' : '숨겨진 줄 보기';
  button.setAttribute('aria-label', label);
  button.title = label;
}

async function copy(button: HTMLElement): Promise<void> {
  const block = button.closest('.heapbook-code');
  const text = button.dataset.copy ?? block?.querySelector('pre')?.textContent ?? '';
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = false;
  }
  button.classList.add(ok ? 'is-copied' : 'is-copy-failed');
  button.setAttribute('aria-label', ok ? '복사됨' : '복사하지 못했습니다');
  button.dataset.status = ok ? '복사됨' : '복사 실패';
  setTimeout(() => {
    button.classList.remove('is-copied', 'is-copy-failed');
    button.setAttribute('aria-label', '코드 복사');
    delete button.dataset.status;
  }, 1600);
}

export function setupCodeBlocks(): void {
  document.addEventListener('click', (e) => {
    const target = e.target as Element | null;
    const toggle = target?.closest<HTMLElement>('.heapbook-toggle-hidden');
    if (toggle) return toggleHidden(toggle);
    const copyButton = target?.closest<HTMLElement>('.heapbook-copy');
    if (copyButton) void copy(copyButton);
  });
}
