// Theme toggle: flips data-theme on <html> and remembers the choice; without a stored choice the
// page follows the system's prefers-color-scheme, live.
const KEY = 'heapbook-theme';
type Theme = 'light' | 'dark';

function stored(): Theme | null {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : null;
  } catch {
    return null;
  }
}

function apply(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme);
  const button = document.getElementById('theme-toggle');
  button?.setAttribute('aria-label', theme === 'dark' ? '밝은 테마로 바꾸기' : '어두운 테마로 바꾸기');
}

/** book.toml's default-theme / preferred-dark-theme as the early inline script recorded them ('light dark'). */
function defaults(): { light: Theme; dark: Theme } {
  const [light, dark] = (document.documentElement.getAttribute('data-default-themes') ?? '').split(' ');
  const pick = (t: string | undefined, fallback: Theme): Theme => (t === 'light' || t === 'dark' ? t : fallback);
  return { light: pick(light, 'light'), dark: pick(dark, 'dark') };
}

export function setupTheme(): void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  const d = defaults();
  apply(stored() ?? (media.matches ? d.dark : d.light));
  media.addEventListener('change', (e) => {
    if (!stored()) apply(e.matches ? d.dark : d.light);
  });
  document.getElementById('theme-toggle')?.addEventListener('click', () => {
    const next: Theme = document.documentElement.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    apply(next);
  });
}
