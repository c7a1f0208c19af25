// The side tables name resolution leaves for later passes (rustc's `partial_res_map` + local bindings):
// what each path resolved to, every local binding with its declared type / initialiser and uses.
import type * as A from '../../syntax/ast.ts';
import type { Span } from '../diagnostic.ts';
import type { Def, Module } from './scope.ts';
import type { SourceText } from './text.ts';

export interface Binding {
  name: string;
  span: Span;
  mut: boolean;
  /** `let x: T`, fn params, closure params with a type. */
  declTy?: A.Type;
  /** `let x = init` (simple identifier patterns only). */
  init?: A.Expr;
  kind: 'let' | 'param' | 'pattern' | 'closure-param';
  /** Bound by a struct-pattern shorthand (`Point { x, .. }`): rustc's lint wording differs, we stay silent. */
  shorthandField: boolean;
  /** The fn item whose body declares it. */
  body: Span;
  uses: number;
}

export type Res =
  | { kind: 'local'; binding: Binding }
  | { kind: 'def'; def: Def }
  | { kind: 'self-type'; impl: A.ImplItem | A.TraitItem }
  | { kind: 'generic' }
  | { kind: 'primitive'; name: string }
  | { kind: 'unknown' };

export const spanKey = (s: Span): string => `${s.start.line}:${s.start.col}-${s.end.line}:${s.end.col}`;

export interface NameTables {
  /** Keyed by `spanKey(path.span)` of each expression/pattern/type path. */
  res: Map<string, Res>;
  bindings: Binding[];
  root: Module;
  text: SourceText;
  /** Inherent and trait impls by self type name. */
  impls: Map<string, A.ImplItem[]>;
  /** Some `impl … for T` with T a generic parameter exists (blanket impls add items to every type). */
  blanketImpls: boolean;
}
