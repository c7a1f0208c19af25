// Reads SUMMARY.md the way mdBook's summary parser does (title, prefix chapters, numbered chapters
// in parts, separators, drafts, suffix chapters), but malformed input is a BookError with its line.
//
// Grammar (mdBook's): summary ::= title? prefix* part+ suffix*, where prefix/suffix chapters are
// plain links `[Title](file.md)` or `---`, and a part is an optional `# Part title` followed by
// `-`/`*` lists of links (nested lists are sub-chapters). Numbers continue across lists and parts
// and are shown as mdBook shows them: `1.`, `1.2.`, `1.2.3.`. `[Title]()` is a draft chapter.
// Errors (mdBook ignores or mangles some of these silently):
// - a list item that does not start with a link, or holds two links;
// - an indented list with no parent chapter, e.g. nested under a prefix chapter;
// - numbered chapters (a list or `# Part`) after a paragraph that followed the numbered chapters,
//   i.e. a plain link (prefix-style chapter) between numbered lists;
// - links right after a part title that are not list items;
// - a file listed twice, or a link that leaves the src folder.
// Unlike mdBook, several nested lists under one item continue the numbering instead of the last one
// replacing the others.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Definition, Link, LinkReference, List, ListItem, Nodes, RootContent } from 'mdast';
import { BookError, type SourceLoc, type Summary, type SummaryItem } from '../model.ts';
import { plainText } from './stringify.ts';
import { chapterPath } from './summary-path.ts';

type Chapter = Extract<SummaryItem, { kind: 'chapter' }>;
type AnyLink = Link | LinkReference;

export function parseSummary(text: string, file: string): Summary {
  const tree = unified().use(remarkParse).parse(text);
  return new SummaryParser(tree.children, file, collectDefinitions(tree.children)).parse();
}

function collectDefinitions(nodes: readonly Nodes[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (node.type === 'definition') {
      const def = node as Definition;
      if (!into.has(def.identifier)) into.set(def.identifier, def.url);
    } else if ('children' in node) {
      collectDefinitions(node.children as Nodes[], into);
    }
  }
  return into;
}

/** Links in document order, at any depth (mdBook reads link events wherever they are). */
function linksIn(node: Nodes): AnyLink[] {
  if (node.type === 'link' || node.type === 'linkReference') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(linksIn) : [];
}

const isH1 = (node: RootContent) => node.type === 'heading' && node.depth === 1;

class SummaryParser {
  private i = 0;

  constructor(
    private readonly nodes: readonly RootContent[],
    private readonly file: string,
    private readonly definitions: Map<string, string>,
  ) {}

  parse(): Summary {
    const title = this.parseTitle();
    const prefix = this.parseAffix('prefix');
    const numbered = this.parseParts();
    const suffix = this.parseAffix('suffix');
    const items = [...prefix, ...numbered, ...suffix];
    this.checkDuplicates(items, new Map());
    return title === undefined ? { items } : { title, items };
  }

  private loc(node: Nodes): SourceLoc {
    const start = node.position?.start;
    return { file: this.file, line: start?.line ?? 1, col: start?.column ?? 1 };
  }

  private fail(node: Nodes, message: string): never {
    throw new BookError(this.loc(node), message);
  }

  /** An optional first `# Title`, skipping HTML (comments) before it. */
  private parseTitle(): string | undefined {
    while (this.i < this.nodes.length && this.nodes[this.i].type === 'html') this.i++;
    const node = this.nodes[this.i];
    if (node && node.type === 'heading' && node.depth === 1) {
      this.i++;
      return plainText(node.children);
    }
    return undefined;
  }

  /** Prefix or suffix chapters: plain links and separators until a list or `# Part`. */
  private parseAffix(kind: 'prefix' | 'suffix'): SummaryItem[] {
    const items: SummaryItem[] = [];
    for (; this.i < this.nodes.length; this.i++) {
      const node = this.nodes[this.i];
      if (node.type === 'list' || isH1(node)) {
        if (kind === 'prefix') break;
        const stray = items.find((item) => item.kind === 'chapter');
        const where = stray ? ` (${stray.loc.line}행의 목록 밖 링크가 번호 붙은 장 사이에 있습니다)` : '';
        this.fail(
          node,
          `번호 없는 장이나 문단 뒤에 다시 번호 붙은 장이 올 수 없습니다${where}. 장은 '- [제목](파일.md)' 목록 항목으로 쓰세요`,
        );
      }
      if (node.type === 'thematicBreak') items.push({ kind: 'separator', loc: this.loc(node) });
      else for (const link of linksIn(node)) items.push(this.chapter(link, null));
    }
    return items;
  }

  /** Numbered chapters: lists, separators and `# Part` titles until a paragraph starts the suffix. */
  private parseParts(): SummaryItem[] {
    const items: SummaryItem[] = [];
    const counter = { roots: 0 };
    while (this.i < this.nodes.length) {
      const node = this.nodes[this.i];
      if (node.type === 'paragraph') break;
      if (node.type === 'heading' && node.depth === 1) {
        items.push({ kind: 'part', title: plainText(node.children), loc: this.loc(node) });
        this.i++;
      }
      items.push(...this.parseNumbered(counter));
    }
    return items;
  }

  private parseNumbered(counter: { roots: number }): SummaryItem[] {
    const items: SummaryItem[] = [];
    let first = true;
    for (; this.i < this.nodes.length; this.i++, first = false) {
      const node = this.nodes[this.i];
      if (node.type === 'paragraph') {
        if (!first) break;
        // mdBook skips a paragraph right after a part title; a link there would vanish silently.
        const [link] = linksIn(node);
        if (link) this.fail(link, "파트 제목 아래의 장은 '- [제목](파일.md)' 목록 항목으로 써야 합니다");
      } else if (isH1(node)) {
        break;
      } else if (node.type === 'list') {
        this.checkTopLevelIndent(node);
        const chapters = this.parseList(node, [], counter.roots);
        counter.roots += chapters.length;
        items.push(...chapters);
      } else if (node.type === 'thematicBreak') {
        items.push({ kind: 'separator', loc: this.loc(node) });
      }
      // Anything else (## headings, HTML comments, code…) is skipped, as in mdBook.
    }
    return items;
  }

  private checkTopLevelIndent(list: List) {
    const column = list.position?.start.column ?? 1;
    if (column === 1) return;
    const prev = this.nodes[this.i - 1];
    const underPrefix = prev && prev.type === 'paragraph' && linksIn(prev).length > 0;
    this.fail(
      list,
      underPrefix
        ? '번호 없는 장(목록 밖 링크) 아래에는 장을 중첩할 수 없습니다'
        : '들여쓴 목록 항목에 부모 장이 없습니다 (들여쓰기를 없애거나 위에 상위 장을 두세요)',
    );
  }

  /** `parent` is the parent's section number; `offset` numbers continue after earlier siblings. */
  private parseList(list: List, parent: number[], offset: number): Chapter[] {
    return list.children.map((item, idx) => this.parseItem(item, [...parent, offset + idx + 1]));
  }

  private parseItem(item: ListItem, number: number[]): Chapter {
    const [head, ...rest] = item.children;
    const link = head && head.type === 'paragraph' ? head.children[0] : undefined;
    if (!link || (link.type !== 'link' && link.type !== 'linkReference')) {
      this.fail(item, "목록 항목은 링크로 시작해야 합니다: '- [제목](파일.md)' (초안은 '- [제목]()')");
    }
    const extra = linksIn(head).slice(1)[0];
    if (extra) this.fail(extra, '목록 항목 하나에 링크가 둘 이상 있습니다. 장마다 한 줄씩 쓰세요');

    const chapter = this.chapter(link, number);
    for (const block of rest) {
      if (block.type !== 'list') continue;
      chapter.children.push(...this.parseList(block, number, chapter.children.length));
    }
    return chapter;
  }

  private chapter(link: AnyLink, number: number[] | null): Chapter {
    const url = link.type === 'link' ? link.url : (this.definitions.get(link.identifier) ?? '');
    const path = chapterPath(url);
    if (!path.ok) this.fail(link, path.message);
    return {
      kind: 'chapter',
      title: plainText(link.children),
      path: path.path,
      number: number ? number.map((n) => `${n}.`).join('') : null,
      children: [],
      loc: this.loc(link),
    };
  }

  private checkDuplicates(items: SummaryItem[], seen: Map<string, SourceLoc>) {
    for (const item of items) {
      if (item.kind !== 'chapter') continue;
      if (item.path !== null) {
        const first = seen.get(item.path);
        if (first) throw new BookError(item.loc, `목차에 같은 파일이 두 번 나옵니다: ${item.path} (처음: ${first.line}행)`);
        seen.set(item.path, item.loc);
      }
      this.checkDuplicates(item.children, seen);
    }
  }
}
