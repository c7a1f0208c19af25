// Reads rustdoc HTML pages (std's own docs): the method / associated-function sections of a type's
// inherent impls or a trait's required+provided methods, and a module's function table. Pure text parsing.

export interface DocItem {
  name: string;
  /** The signature as rustdoc prints it, tags stripped: `pub fn push(&mut self, value: T)`. */
  signature: string;
  /** `1.0.0`, or null when rustdoc shows no "Stable since" (unstable). */
  since: string | null;
  unstable: boolean;
  deprecated: boolean;
  unsafe: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot|#39|nbsp);/g, (m) => ENTITIES[m]).replace(/\s+/g, ' ').trim();
}

/** The slice of a page between the first marker of `from` and the first following marker of `to`. */
export function region(html: string, from: string[], to: string[]): string {
  const starts = from.map((m) => html.indexOf(m)).filter((i) => i >= 0);
  if (!starts.length) return '';
  const s = Math.min(...starts);
  const ends = to.map((m) => html.indexOf(m, s + 1)).filter((i) => i >= 0);
  return html.slice(s, ends.length ? Math.min(...ends) : html.length);
}

/** Every `<section id="method.x">` / `tymethod.x` in `html`, first occurrence per name. */
export function methodSections(html: string): DocItem[] {
  const out = new Map<string, DocItem>();
  const re = /<section id="(?:ty)?method\.([A-Za-z0-9_]+)(?:-\d+)?" class="method">([\s\S]*?)<\/section>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, name, body] = m;
    // The item-info (stability / deprecation banners) follows the section.
    const after = html.slice(re.lastIndex, re.lastIndex + 600);
    const info = after.startsWith('<span class="item-info">') ? after : '';
    const header = /<h4 class="code-header">([\s\S]*?)<\/h4>/.exec(body);
    const signature = header ? stripTags(header[1]) : name;
    const since = /title="Stable since Rust version ([0-9.]+)/.exec(body)?.[1] ?? null;
    const item: DocItem = {
      name,
      signature,
      since,
      unstable: since === null || /stab unstable/.test(info),
      deprecated: /stab deprecated/.test(info),
      unsafe: /\bunsafe fn\b/.test(signature),
    };
    const prev = out.get(name);
    // Several impls may define the same name (`Vec::from` for many sources): one item, stable if any is.
    if (!prev || (prev.unstable && !item.unstable)) out.set(name, item);
  }
  return [...out.values()];
}

/** The inherent methods of a struct / enum / primitive page (not Deref targets, not trait impls). */
export function inherentItems(html: string): DocItem[] {
  return methodSections(region(html, ['id="implementations-list"'], ['id="deref-methods-', 'id="trait-implementations"', 'id="synthetic-implementations"', 'id="blanket-implementations"']));
}

/** The required and provided methods of a trait page. */
export function traitItems(html: string): DocItem[] {
  return methodSections(region(html, ['id="required-methods"', 'id="provided-methods"'], ['id="implementors"', 'id="foreign-impls"', 'id="dyn-compatibility"', 'id="object-safety"']));
}

/** The functions listed on a module's index page. */
export function moduleFunctions(html: string): DocItem[] {
  const out: DocItem[] = [];
  const re = /<dt( class="deprecated")?><a class="fn" href="fn\.([A-Za-z0-9_]+)\.html"[^>]*>[\s\S]*?<\/a>([\s\S]*?)<\/dt>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, dep, name, rest] = m;
    const unstable = /stab unstable/.test(rest);
    out.push({ name, signature: `fn ${name}`, since: unstable ? null : 'module', unstable, deprecated: !!dep, unsafe: /unsafe function/.test(rest) });
  }
  return out;
}
