// `bool` methods as a table (one entry per method): then / then_some.
import { type Value, type BoolV, some, none } from '../memory/value.ts';
import { methods, lookup, type MethodCall } from './method-table.ts';

const BOOL = methods<BoolV>('bool', {
  then: (c) => (c.v.v ? some(c.ip.callValue(c.args[0], [], c.span)) : none()),
  then_some: (c) => (c.v.v ? some(c.args[0]) : none()),
});

export function boolMethod(c: MethodCall<BoolV>, name: string): Value | null {
  return lookup(BOOL, name)?.(c) ?? null;
}
