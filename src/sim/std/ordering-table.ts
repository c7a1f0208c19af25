// `cmp::Ordering` methods as a table (one entry per method): then / then_with / reverse and the
// is_eq / is_lt / … predicates.
import { type Value, type EnumV, bool } from '../memory/value.ts';
import { derefAll } from '../semantics/place.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

const ord = (variant: string): EnumV => ({ k: 'enum', name: 'Ordering', variant, f: [] });
const is = (v: EnumV, ...vs: string[]) => bool(vs.includes(v.variant));

const ORDERING = methods<EnumV>('Ordering', {
  then: ({ ip, v, args }) => (v.variant === 'Equal' ? derefAll(ip, args[0]) : v),
  then_with: ({ ip, v, args, span }) => (v.variant === 'Equal' ? ip.callValue(args[0], [], span) : v),
  reverse: ({ v }) => ord(v.variant === 'Less' ? 'Greater' : v.variant === 'Greater' ? 'Less' : 'Equal'),
  is_eq: ({ v }) => is(v, 'Equal'),
  is_ne: ({ v }) => is(v, 'Less', 'Greater'),
  is_lt: ({ v }) => is(v, 'Less'),
  is_gt: ({ v }) => is(v, 'Greater'),
  is_le: ({ v }) => is(v, 'Less', 'Equal'),
  is_ge: ({ v }) => is(v, 'Greater', 'Equal'),
});

export function orderingMethod(c: MethodCall<EnumV>, name: string): Value | null {
  return lookup(ORDERING, name)?.(c) ?? null;
}
