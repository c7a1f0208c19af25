// Maps a request's URL path to the files under the site folder that may answer it, in order of preference.
// Pure: rejects paths that escape the folder; the server tries the candidates on disk.

export type RequestFiles =
  | { kind: 'candidates'; paths: string[] }
  /** The path is malformed or tries to leave the site folder. */
  | { kind: 'bad' };

/**
 * '/' → ['index.html']; '/ch01.html' → ['ch01.html']; '/ch01' → ['ch01', 'ch01.html', 'ch01/index.html'];
 * '/img/' → ['img/index.html']. Paths are relative to the site folder, with forward slashes.
 */
export function requestFiles(urlPath: string): RequestFiles {
  const pathOnly = urlPath.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return { kind: 'bad' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad' };
  const parts = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (parts.includes('..')) return { kind: 'bad' };
  const rel = parts.join('/');
  if (rel === '') return { kind: 'candidates', paths: ['index.html'] };
  if (decoded.endsWith('/')) return { kind: 'candidates', paths: [`${rel}/index.html`] };
  if (/\.[A-Za-z0-9_]+$/.test(parts[parts.length - 1] ?? '')) return { kind: 'candidates', paths: [rel] };
  return { kind: 'candidates', paths: [rel, `${rel}.html`, `${rel}/index.html`] };
}
