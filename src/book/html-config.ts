// Reads book.toml's `[output.html]` table the way mdBook does (site-url, git-repository-url, edit-url-template,
// additional-css/js, themes, redirect, no-section-label, fold, input-404, cname) and `[output.heapbook]`; unknown keys warn.
import type { BookDiagnostic, HtmlConfig } from './model.ts';

export const DEFAULT_HTML: HtmlConfig = {
  additionalCss: [],
  additionalJs: [],
  redirect: {},
  noSectionLabel: false,
  fold: { enable: false, level: 0 },
};

/** Keys mdBook's HtmlConfig accepts (kebab-case), including the ones heapbook reads but does not need. */
const KNOWN_HTML_KEYS = new Set([
  'theme', 'default-theme', 'preferred-dark-theme', 'smart-punctuation', 'curly-quotes', 'definition-lists',
  'admonitions', 'mathjax-support', 'additional-css', 'additional-js', 'fold', 'playground', 'playpen', 'code',
  'print', 'no-section-label', 'search', 'git-repository-url', 'git-repository-icon', 'input-404', 'site-url',
  'cname', 'edit-url-template', 'live-reload-endpoint', 'redirect', 'hash-files', 'sidebar-header-nav', 'copy-fonts',
]);
const KNOWN_FOLD_KEYS = new Set(['enable', 'level']);
const KNOWN_HEAPBOOK_KEYS = new Set(['strict']);

export interface TomlPlace {
  /** 1-based line of `key` inside table `[table]` (e.g. 'output.html'), or of the table header. */
  lineOf(table: string, key?: string): number;
  file: string;
}

/** Finds `[table]` headers and `key =` lines by text, so messages can name book.toml:line. */
export function tomlPlace(text: string, file: string): TomlPlace {
  const lines = text.split('\n');
  const header = (t: string) => {
    const re = new RegExp(`^\\s*\\[\\s*${t.replace(/\./g, '\\s*\\.\\s*')}\\s*\\]\\s*(#.*)?$`);
    return lines.findIndex((l) => re.test(l.replace(/"/g, '')));
  };
  return {
    file,
    lineOf(table, key) {
      const at = header(table);
      if (key === undefined) return at >= 0 ? at + 1 : 1;
      const re = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`);
      for (let i = at + 1; i < lines.length; i++) {
        if (/^\s*\[/.test(lines[i])) break;
        if (re.test(lines[i])) return i + 1;
      }
      // dotted keys (`output.html.site-url = …`) or inline tables: search the whole file
      const any = lines.findIndex((l) => l.includes(key));
      return any >= 0 ? any + 1 : Math.max(at + 1, 1);
    },
  };
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface HtmlRead {
  html: HtmlConfig;
  strict: boolean;
  warnings: BookDiagnostic[];
}

/** `output` is book.toml's `[output]` table (or undefined). Wrong types are warnings and fall back to defaults. */
export function readOutputTables(output: unknown, place: TomlPlace): HtmlRead {
  const warnings: BookDiagnostic[] = [];
  const warn = (table: string, key: string | undefined, message: string) =>
    warnings.push({ severity: 'warning', loc: { file: place.file, line: place.lineOf(table, key), col: 1 }, message });
  const html: HtmlConfig = { ...DEFAULT_HTML, fold: { ...DEFAULT_HTML.fold }, redirect: {} };
  let strict = false;
  if (!isTable(output)) return { html, strict, warnings };

  const t = output.html;
  if (isTable(t)) {
    const str = (key: string): string | undefined => {
      const v = t[key];
      if (v === undefined) return undefined;
      if (typeof v === 'string') return v;
      warn('output.html', key, `[output.html] ${key}은(는) 문자열이어야 합니다. 무시합니다`);
      return undefined;
    };
    const strList = (key: string): string[] => {
      const v = t[key];
      if (v === undefined) return [];
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
      warn('output.html', key, `[output.html] ${key}은(는) 문자열 배열이어야 합니다. 무시합니다`);
      return [];
    };
    const bool = (key: string): boolean => {
      const v = t[key];
      if (v === undefined) return false;
      if (typeof v === 'boolean') return v;
      warn('output.html', key, `[output.html] ${key}은(는) true 또는 false여야 합니다. 무시합니다`);
      return false;
    };
    for (const key of Object.keys(t)) {
      if (!KNOWN_HTML_KEYS.has(key)) warn('output.html', key, `[output.html]의 알 수 없는 설정 '${key}'입니다. 무시합니다 (mdBook도 받지 않습니다)`);
    }
    const siteUrl = str('site-url');
    if (siteUrl !== undefined) html.siteUrl = siteUrl;
    const repo = str('git-repository-url');
    if (repo !== undefined) html.gitRepositoryUrl = repo;
    const edit = str('edit-url-template');
    if (edit !== undefined) html.editUrlTemplate = edit;
    const defaultTheme = str('default-theme');
    if (defaultTheme !== undefined) html.defaultTheme = defaultTheme;
    const dark = str('preferred-dark-theme');
    if (dark !== undefined) html.preferredDarkTheme = dark;
    const input404 = str('input-404');
    if (input404 !== undefined) html.input404 = input404;
    const cname = str('cname');
    if (cname !== undefined) html.cname = cname;
    html.additionalCss = strList('additional-css');
    html.additionalJs = strList('additional-js');
    html.noSectionLabel = bool('no-section-label');
    const fold = t.fold;
    if (fold !== undefined) {
      if (!isTable(fold)) warn('output.html', 'fold', '[output.html] fold는 표(table)여야 합니다. 무시합니다');
      else {
        for (const key of Object.keys(fold)) {
          if (!KNOWN_FOLD_KEYS.has(key)) warn('output.html.fold', key, `[output.html.fold]의 알 수 없는 설정 '${key}'입니다. 무시합니다`);
        }
        if (typeof fold.enable === 'boolean') html.fold.enable = fold.enable;
        if (typeof fold.level === 'number' && Number.isInteger(fold.level) && fold.level >= 0) html.fold.level = fold.level;
      }
    }
    const redirect = t.redirect;
    if (redirect !== undefined) {
      if (!isTable(redirect)) warn('output.html', 'redirect', '[output.html] redirect는 표(table)여야 합니다. 무시합니다');
      else {
        for (const [from, to] of Object.entries(redirect)) {
          if (typeof to === 'string') html.redirect[from] = to;
          else warn('output.html.redirect', from, `[output.html.redirect] '${from}'의 값은 문자열(새 주소)이어야 합니다. 무시합니다`);
        }
      }
    }
  } else if (t !== undefined) {
    warn('output', 'html', '[output.html]은 표(table)여야 합니다. 무시합니다');
  }

  const h = output.heapbook;
  if (isTable(h)) {
    for (const key of Object.keys(h)) {
      if (!KNOWN_HEAPBOOK_KEYS.has(key)) warn('output.heapbook', key, `[output.heapbook]의 알 수 없는 설정 '${key}'입니다. 무시합니다`);
    }
    if (h.strict !== undefined) {
      if (typeof h.strict === 'boolean') strict = h.strict;
      else warn('output.heapbook', 'strict', '[output.heapbook] strict는 true 또는 false여야 합니다. 무시합니다');
    }
  }
  return { html, strict, warnings };
}
