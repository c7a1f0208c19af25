// The program's outside world as std sees it: command-line arguments, environment variables, the crate
// folder as its file system (writes land in a per-run memory layer), stdin, stdout handles. Input: RunOptions.world.
import type { Span } from '../syntax/span.ts';
import { type Value, type StructV, UNIT, usize, ok, err, str } from '../memory/value.ts';
import type { Interp } from '../semantics/interp.ts';
import type { Place } from '../memory/value.ts';
import { newString, pushStr, utf8Len } from '../semantics/buffers.ts';
import { derefAll } from '../semantics/place.ts';
import { strText } from '../semantics/ops.ts';
import { iterOf } from './iter.ts';
import { randFns, randMethod } from './rand.ts';
import { ioError, ioErrorKind } from './world-values.ts';

/** What the running program can see outside itself. Every field optional: the default is an empty world. */
import type { World } from '../semantics/world-input.ts';
export type { World } from '../semantics/world-input.ts';

/** Per-run mutable state (how much stdin was read, the rng), kept off the shared World input. */
interface WorldState {
  stdinPos: number;
  /** Files the program created or wrote during this run (an in-memory layer over `world.files`). */
  written: Map<string, string>;
}
const states = new WeakMap<Interp, WorldState>();
function state(ip: Interp): WorldState {
  let s = states.get(ip);
  if (!s) states.set(ip, (s = { stdinPos: 0, written: new Map() }));
  return s;
}

function byteValues(ip: Interp, v: Value): number[] | null {
  const items = v.k === 'array' ? v.f : v.k === 'slice' ? v.c.slice(v.from, v.to) : v.k === 'vec' ? ip.heap.get(v.id).vals : null;
  if (!items || !items.every((x) => x.k === 'int' && x.ty === 'u8')) return null;
  return items.map((x) => Number((x as { v: number }).v));
}

function world(ip: Interp): World {
  return ip.opts.world ?? {};
}

type WorldFn = (ip: Interp, args: Value[], span: Span, generics?: import('../syntax/ast.ts').Type[]) => Value;

/** Text of a `&str`/`String` argument, or of bytes (`b"…"`, `s.as_bytes()`) decoded as UTF-8. */
function textArg(ip: Interp, v: Value | undefined, span: Span): string {
  const d = v ? derefAll(ip, v) : undefined;
  const bytes = d ? byteValues(ip, d) : null;
  if (bytes) return new TextDecoder().decode(new Uint8Array(bytes));
  const t = d ? strText(ip, d) : undefined;
  if (t === undefined || t === null) return ip.unsupported('문자열이 아닌 경로/이름 인자', span);
  return t;
}

/** Normalises `./a/../b.txt` style paths against the working directory (the crate root). */
export function normalizePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function readFile(ip: Interp, path: string): string | null {
  const files = world(ip).files ?? {};
  const key = normalizePath(path);
  const w = state(ip).written.get(key);
  if (w !== undefined) return w;
  return Object.prototype.hasOwnProperty.call(files, key) ? files[key] : null;
}

function isDir(ip: Interp, path: string): boolean {
  const key = normalizePath(path);
  if (key === '') return true;
  return Object.keys(world(ip).files ?? {}).some((f) => f.startsWith(key + '/'));
}

function argsIter(ip: Interp): Value {
  const argv = world(ip).args ?? ['target/debug/main'];
  let i = 0;
  return iterOf('Args', () => (i < argv.length ? newString(ip, argv[i++]) : null));
}

function openFile(ip: Interp, path: string, span: Span): Value {
  if (readFile(ip, path) === null) {
    // Linux opens a directory read-only without error; reading it then fails. Not modelled.
    if (isDir(ip, path)) return ip.unsupported('디렉터리를 File::open으로 열기', span);
    return err(ioError('NotFound'));
  }
  return ok(fileValue(path));
}

function fileValue(path: string): StructV {
  return { k: 'struct', name: 'File', f: [str(path)], tuple: false };
}

const FNS: Record<string, WorldFn> = {
  'env::args': (ip) => argsIter(ip),
  'env::var': (ip, [name], span) => {
    const env = world(ip).env ?? {};
    const k = textArg(ip, name, span);
    return Object.prototype.hasOwnProperty.call(env, k) ? ok(newString(ip, env[k])) : err({ k: 'enum', name: 'VarError', variant: 'NotPresent', f: [] });
  },
  'fs::read_to_string': (ip, [p], span) => {
    const path = textArg(ip, p, span);
    const text = readFile(ip, path);
    if (text === null) return err(isDir(ip, path) ? ioError('IsADirectory') : ioError('NotFound'));
    return ok(newString(ip, text));
  },
  'File::open': (ip, [p], span) => openFile(ip, textArg(ip, p, span), span),
  'fs::File::open': (ip, [p], span) => openFile(ip, textArg(ip, p, span), span),
  // Writes go to an in-memory layer for this run only (the crate folder itself never changes).
  'File::create': (ip, [p], span) => {
    const path = textArg(ip, p, span);
    if (isDir(ip, path)) return err(ioError('IsADirectory'));
    state(ip).written.set(normalizePath(path), '');
    return ok(fileValue(path));
  },
  'fs::write': (ip, [p, data], span) => {
    const path = textArg(ip, p, span);
    if (isDir(ip, path)) return err(ioError('IsADirectory'));
    state(ip).written.set(normalizePath(path), textArg(ip, data, span));
    return ok(UNIT);
  },
  'BufReader::new': (_ip, [inner]) => ({ k: 'struct', name: 'BufReader', f: [inner], tuple: false }),
  'io::stdin': () => ({ k: 'struct', name: 'Stdin', f: [], tuple: false }),
  'io::stdout': () => ({ k: 'struct', name: 'Stdout', f: [], tuple: false }),
  'io::stderr': () => ({ k: 'struct', name: 'Stderr', f: [], tuple: false }),
  ...randFns,
};

/** std free / associated functions of the outside world, merged into std/calls.ts's table. */
export const WORLD_FNS: Record<string, WorldFn> = FNS;

/** Reads one line of stdin including its `\n` (empty at end of input). */
function stdinLine(ip: Interp): string {
  const input = world(ip).stdin ?? '';
  const s = state(ip);
  if (s.stdinPos >= input.length) return '';
  const nl = input.indexOf('\n', s.stdinPos);
  const end = nl < 0 ? input.length : nl + 1;
  const line = input.slice(s.stdinPos, end);
  s.stdinPos = end;
  return line;
}

/** `BufRead::lines()`: each line without its `\n` (and a `\r` before it), as `Ok(String)`. */
function linesOf(ip: Interp, next: () => string): Value {
  return iterOf('Lines', () => {
    const l = next();
    if (l === '') return null;
    return ok(newString(ip, l.replace(/\r?\n$/, '')));
  });
}

function textLines(text: string): () => string {
  let pos = 0;
  return () => {
    if (pos >= text.length) return '';
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const l = text.slice(pos, end);
    pos = end;
    return l;
  };
}

function targetString(ip: Interp, v: Value | undefined, span: Span): number {
  const d = v && v.k === 'ref' ? v.p.c[v.p.i] : undefined;
  if (!d || d.k !== 'string') return ip.unsupported('`&mut String`이 아닌 인자', span);
  return d.id;
}

/** Methods of the world's handles (Stdin, Stdout, File, BufReader, ThreadRng). Null: not one of ours. */
export function worldMethod(ip: Interp, p: Place, v: Value, name: string, args: Value[], span: Span, generics: import('../syntax/ast.ts').Type[] = []): Value | null {
  if (v.k !== 'struct' || ip.index.structs.has(v.name)) return null;
  switch (v.name) {
    case 'Stdin': case 'StdinLock':
      if (name === 'read_line') {
        const id = targetString(ip, args[0], span);
        const line = stdinLine(ip);
        pushStr(ip, id, line);
        return ok(usize(utf8Len(line)));
      }
      if (name === 'lock') return { k: 'struct', name: 'StdinLock', f: [], tuple: false };
      if (name === 'lines') return linesOf(ip, () => stdinLine(ip));
      if (name === 'read_to_string') {
        const id = targetString(ip, args[0], span);
        let all = '';
        for (let l = stdinLine(ip); l !== ''; l = stdinLine(ip)) all += l;
        pushStr(ip, id, all);
        return ok(usize(utf8Len(all)));
      }
      return null;
    case 'Stdout': case 'StdoutLock': case 'Stderr': case 'StderrLock':
      if (name === 'flush') { if (v.name.startsWith('Stdout')) ip.stdoutFlushed = ip.stdout.length; return ok(UNIT); }
      if (name === 'lock') return { k: 'struct', name: v.name.startsWith('Stdout') ? 'StdoutLock' : 'StderrLock', f: [], tuple: false };
      return null;
    case 'File': case 'BufReader': {
      const file = v.name === 'File' ? v : derefAll(ip, v.f[0]);
      const path = file.k === 'struct' && file.name === 'File' && file.f[0]?.k === 'str' ? file.f[0].s : null;
      const text = path === null ? null : readFile(ip, path);
      if (text === null) return null;
      if (name === 'lines') return linesOf(ip, textLines(text));
      if (name === 'read_to_string') {
        pushStr(ip, targetString(ip, args[0], span), text);
        return ok(usize(utf8Len(text)));
      }
      if ((name === 'write_all' || name === 'write') && v.name === 'File') {
        const bytes = textArg(ip, args[0], span);
        state(ip).written.set(normalizePath(path!), text + bytes);
        return ok(name === 'write' ? usize(utf8Len(bytes)) : UNIT);
      }
      if (name === 'flush' || name === 'sync_all') return ok(UNIT);
      return null;
    }
    case 'io::Error':
      if (name === 'kind') return ioErrorKind(v);
      return null;
    default:
      return randMethod(ip, p, v, name, args, span, generics);
  }
}

/** `writeln!(handle, …)` on stdout/stderr handles: true when `dest` was one of them. */
export function worldWrite(ip: Interp, dest: Value, text: string): boolean {
  if (dest.k !== 'struct' || ip.index.structs.has(dest.name)) return false;
  if (dest.name === 'Stdout' || dest.name === 'StdoutLock') ip.print(text);
  else if (dest.name === 'Stderr' || dest.name === 'StderrLock') ip.eprint(text);
  else if (dest.name === 'File' && dest.f[0]?.k === 'str') {
    const key = normalizePath(dest.f[0].s);
    const w = state(ip).written;
    w.set(key, (w.get(key) ?? readFile(ip, dest.f[0].s) ?? '') + text);
  } else return false;
  return true;
}

/** Names the static check must accept as modelled methods. */
export { WORLD_METHOD_NAMES } from './world-names.ts';

