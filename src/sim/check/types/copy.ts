// `Copy` and drop knowledge of checker types: scalars, shared references, tuples/arrays of Copy, user types
// with `derive(Copy)`; `needsDrop` for types owning heap data or with a user `impl Drop`. `undefined` = can't tell.
import type { Ty } from './ty.ts';
import type { ItemEnv } from './items.ts';
import { STD_COPY, STD_NOT_COPY } from './std-methods.ts';

export function isCopy(t: Ty, env: ItemEnv): boolean | undefined {
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'never': case 'fn': return true;
    case 'str': case 'slice': return false;
    case 'ref': return !t.mut;
    case 'tuple': return all(t.items.map((x) => isCopy(x, env)));
    case 'array': return isCopy(t.elem, env);
    case 'adt': {
      // A user type shadows a std one of the same name (`struct Cell(u8)`).
      if (env.structs.has(t.name) || env.enums.has(t.name)) {
        if (!env.copyTypes.has(t.name)) return false;
        return all(t.args.map((x) => isCopy(x, env)));
      }
      if (t.name === 'Option') return t.args[0] ? isCopy(t.args[0], env) : undefined;
      if (STD_NOT_COPY.has(t.name)) return false;
      if (STD_COPY.has(t.name)) return true;
      return undefined;
    }
    case 'param': return t.bounds.includes('Copy') ? true : false;
    case 'opaque': return undefined;
    case 'closure': return undefined;
    case 'var': case 'unknown': return undefined;
  }
}

function all(xs: Array<boolean | undefined>): boolean | undefined {
  if (xs.some((x) => x === false)) return false;
  if (xs.some((x) => x === undefined)) return undefined;
  return true;
}

/** Whether dropping a value of this type runs code (owns heap data or has a user `Drop`). */
export function needsDrop(t: Ty, env: ItemEnv): boolean | undefined {
  switch (t.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'never': case 'fn': case 'str': case 'ref': return false;
    case 'slice': case 'array': return needsDrop(t.elem, env);
    case 'tuple': return t.items.some((x) => needsDrop(x, env) === true) ? true : t.items.some((x) => needsDrop(x, env) === undefined) ? undefined : false;
    case 'adt':
      if (env.dropTypes.has(t.name)) return true;
      if (env.structs.has(t.name) || env.enums.has(t.name)) return undefined;
      if (STD_NOT_COPY.has(t.name)) return true;
      if (STD_COPY.has(t.name)) return false;
      return undefined;
    case 'param': case 'opaque': case 'closure': case 'var': case 'unknown': return undefined;
  }
}
