// Values std hands out for the outside world that have no Rust source: io::Error, ErrorKind, VarError,
// and how they print ({:?} and {}), exactly as std 1.95 prints them on Linux.
import type { Value, StructV, EnumV } from '../memory/value.ts';
import type { FmtValue } from '../format/fmt-value.ts';

/** The io::ErrorKinds the read-only file system can produce, with their errno and strerror text. */
const OS_ERRORS = {
  NotFound: { code: 2, message: 'No such file or directory', kind: 'entity not found' },
  IsADirectory: { code: 21, message: 'Is a directory', kind: 'is a directory' },
} as const;
export type IoKind = keyof typeof OS_ERRORS;

export function ioError(kind: IoKind): StructV {
  return { k: 'struct', name: 'io::Error', f: [{ k: 'enum', name: 'ErrorKind', variant: kind, f: [] }], tuple: false };
}

export function ioErrorKind(v: StructV): Value {
  return v.f[0];
}

function kindOf(v: StructV): IoKind | null {
  const k = v.f[0];
  return k && k.k === 'enum' && k.variant in OS_ERRORS ? (k.variant as IoKind) : null;
}

/** `{}` / `{:?}` of the world's values; null for anything else (the caller formats it). */
export function worldFmt(v: StructV | EnumV, display: boolean): FmtValue | null {
  if (v.k === 'struct' && v.name === 'io::Error') {
    const kind = kindOf(v);
    if (!kind) return null;
    const e = OS_ERRORS[kind];
    if (display) return { t: 'str', value: `${e.message} (os error ${e.code})` };
    return {
      t: 'struct', name: 'Os', fields: [
        ['code', { t: 'int', ty: 'i32', value: BigInt(e.code) }],
        ['kind', { t: 'unit-struct', name: kind }],
        ['message', { t: 'str', value: e.message }],
      ],
    };
  }
  if (v.k === 'enum' && v.name === 'ErrorKind' && display && v.variant in OS_ERRORS) return { t: 'str', value: OS_ERRORS[v.variant as IoKind].kind };
  if (v.k === 'enum' && v.name === 'VarError' && v.variant === 'NotPresent' && display) return { t: 'str', value: 'environment variable not found' };
  return null;
}
