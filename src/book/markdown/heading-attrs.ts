// mdBook's heading attributes (pulldown-cmark ENABLE_HEADING_ATTRIBUTES): a trailing `{#id .class key=value}` on a
// heading line sets the heading's id and classes and is removed from its text. Pure over the heading's mdast node.
import type { Heading } from 'mdast';

export interface HeadingAttrs {
  id?: string;
  classes: string[];
  /** `key=value` pairs (mdBook passes them through as attributes). */
  other: Record<string, string>;
}

/** pulldown-cmark: `{…}` last on the line, holding none of `{ } < > \\` or a line break. */
const BLOCK = /\s*\{([^{}<>\\\n\r]*)\}\s*$/;

/** Parses the inside of `{…}`; words that are none of `#id`, `.class`, `key=value` are ignored as pulldown-cmark does. */
export function parseHeadingAttrs(inside: string): HeadingAttrs {
  const attrs: HeadingAttrs = { classes: [], other: {} };
  for (const word of inside.split(/[ \t\n\f\r]+/).filter((w) => w.length > 1)) {
    if (word.startsWith('#') && word.length > 1) attrs.id = word.slice(1);
    else if (word.startsWith('.') && word.length > 1) attrs.classes.push(word.slice(1));
    else {
      const eq = word.indexOf('=');
      if (eq > 0) attrs.other[word.slice(0, eq)] = word.slice(eq + 1).replace(/^"(.*)"$/, '$1');
    }
  }
  return attrs;
}

/** Takes the attribute block off the end of the heading (mutating its last text node); null when there is none. */
export function takeHeadingAttrs(node: Heading): HeadingAttrs | null {
  const last = node.children[node.children.length - 1];
  if (!last || last.type !== 'text') return null;
  const m = BLOCK.exec(last.value);
  if (!m) return null;
  last.value = last.value.slice(0, m.index);
  if (last.value === '') node.children.pop();
  return parseHeadingAttrs(m[1]);
}
