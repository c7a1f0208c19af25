// Plain text of inline markdown, as mdBook's `stringify_events` makes it for SUMMARY titles:
// text and code kept, soft line breaks become spaces, styling and HTML dropped.

import type { Nodes } from 'mdast';

export function plainText(nodes: readonly Nodes[]): string {
  return nodes.map(nodeText).join('');
}

function nodeText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\r?\n/g, ' ');
    case 'inlineCode':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'html':
    case 'break':
      return '';
    default:
      return 'children' in node ? plainText(node.children as Nodes[]) : '';
  }
}
