// Marks, in the on-page TOC, the section being read (aria-current="true" on its link) as the reader scrolls.
// One IntersectionObserver over the headings the TOC links to; nothing runs when the TOC is not shown.
export function setupTocSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const visible = new Set<Element>();
  const mark = () => {
    // The first heading in view, else the last one scrolled past.
    const inView = headings.find((h) => visible.has(h));
    const passed = headings.filter((h) => h.getBoundingClientRect().top < 120).pop();
    const active = inView ?? passed ?? headings[0];
    for (const [id, a] of byId) {
      if (id === active?.id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
      mark();
    },
    { rootMargin: '-56px 0px -55% 0px' },
  );
  headings.forEach((h) => observer.observe(h));
}
