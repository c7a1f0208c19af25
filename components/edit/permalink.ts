// Permalink of an edited listing: the code travels in the URL fragment as `#<listing-id>?code=<base64url>`,
// so a shared link opens the page with that code in the listing's editor. Pure text functions.

const PREFIX = '?code=';

/** UTF-8 → base64url (no padding). */
export function encodeCode(code: string): string {
  const bytes = new TextEncoder().encode(code);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url → UTF-8, or null when the text is not valid. */
export function decodeCode(text: string): string | null {
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The fragment (with '#') carrying `code` for listing `id`. */
export function permalinkHash(id: string, code: string): string {
  return `#${id}${PREFIX}${encodeCode(code)}`;
}

/** The code a fragment carries for listing `id`, or null when it is about another listing or carries none. */
export function codeFromHash(hash: string, id: string): string | null {
  const head = `#${id}${PREFIX}`;
  if (!hash.startsWith(head)) return null;
  return decodeCode(hash.slice(head.length));
}
