// Names of the std methods the simulator models, for the static check: every name in a registered method
// table (method-table.ts) plus the names still dispatched by the older `switch (name)` models (listed here).
import { isRegisteredMethod } from './method-table.ts';
import { WORLD_METHOD_NAMES } from './world-names.ts';

const SWITCH_METHODS: ReadonlySet<string> = new Set([
  ...WORLD_METHOD_NAMES,
  'write_str', 'pad', 'write_char', 'alternate',
  'sort_unstable_by', 'sort_unstable_by_key',
  'remainder', 'into_remainder', 'valid', 'invalid',
  'insert', 'get', 'get_mut', 'contains_key', 'contains', 'remove', 'entry', 'or_insert', 'or_insert_with', 'or_default', 'and_modify', 'keys', 'values', 'values_mut', 'first_key_value', 'last_key_value', 'key', 'extend',
  'append', 'binary_search', 'extend_from_slice', 'flat_map', 'flatten', 'inspect', 'max_by', 'min_by', 'partition', 'skip_while', 'split_off', 'take_while', 'unzip',
  'iter', 'upgrade', 'strong_count', 'weak_count', 'or_insert_with_key', 'into_iter', 'next', 'clone', 'to_string', 'to_owned', 'eq', 'ne', 'cmp', 'partial_cmp', 'lt', 'le', 'gt', 'ge', 'clone_from', 'hash',
  'abs', 'abs_diff', 'all', 'and_then', 'any', 'as_bytes', 'as_mut', 'as_ref', 'as_slice', 'as_str', 'atan2', 'borrow', 'borrow_mut', 'by_ref', 'bytes', 'capacity', 'ceil', 'chain', 'char_indices', 'chars', 'checked_add', 'checked_div', 'checked_mul', 'checked_rem', 'checked_sub', 'chunks', 'clamp', 'clear', 'clone', 'cloned', 'cmp', 'collect', 'concat', 'contains', 'copied', 'cos', 'count', 'count_ones', 'dedup', 'drain', 'ends_with', 'enumerate', 'eq', 'eq_ignore_ascii_case', 'err', 'exp', 'expect', 'expect_err', 'extend', 'filter', 'filter_map', 'find', 'first', 'floor', 'fold', 'for_each', 'fract', 'get', 'get_mut', 'hypot', 'insert', 'insert_str', 'into', 'into_bytes', 'into_inner', 'into_iter', 'is_alphabetic', 'is_alphanumeric', 'is_ascii', 'is_ascii_alphabetic', 'is_ascii_alphanumeric', 'is_ascii_digit', 'is_ascii_lowercase', 'is_ascii_punctuation', 'is_ascii_uppercase', 'is_digit', 'is_empty', 'is_err', 'is_finite', 'is_infinite', 'is_lowercase', 'is_nan', 'is_negative', 'is_none', 'is_numeric', 'is_ok', 'is_ok_and', 'is_positive', 'is_power_of_two', 'is_sign_negative', 'is_some', 'is_some_and', 'is_uppercase', 'is_whitespace', 'iter_mut', 'join', 'last', 'leading_zeros', 'len', 'len_utf8', 'lines', 'ln', 'log10', 'log2', 'map', 'map_err', 'map_or', 'max', 'max_by_key', 'min', 'min_by_key', 'mul_add', 'ne', 'next', 'nth', 'ok', 'ok_or', 'ok_or_else', 'or', 'or_else', 'overflowing_add', 'overflowing_mul', 'overflowing_sub', 'parse', 'partial_cmp', 'peekable', 'pop', 'position', 'pow', 'powf', 'powi', 'product', 'push', 'push_str', 'rem_euclid', 'remove', 'repeat', 'replace', 'reserve', 'retain', 'rev', 'reverse', 'round', 'saturating_add', 'saturating_mul', 'saturating_sub', 'set', 'shrink_to_fit', 'signum', 'sin', 'skip', 'sort', 'sort_by', 'sort_by_key', 'sort_unstable', 'split', 'split_at', 'split_whitespace', 'sqrt', 'starts_with', 'step_by', 'sum', 'swap', 'swap_remove', 'take', 'tan', 'to_ascii_lowercase', 'to_ascii_uppercase', 'to_be_bytes', 'to_degrees', 'to_digit', 'to_le_bytes', 'to_lowercase', 'to_owned', 'to_radians', 'to_string', 'to_uppercase', 'to_vec', 'trailing_zeros', 'trim', 'trim_end', 'trim_start', 'trunc', 'truncate', 'try_borrow', 'try_borrow_mut', 'unwrap', 'unwrap_err', 'unwrap_or', 'unwrap_or_default', 'unwrap_or_else', 'unwrap_unchecked', 'windows', 'wrapping_add', 'wrapping_mul', 'wrapping_neg', 'wrapping_sub', 'zip', 
]);

export const STD_METHODS: Pick<ReadonlySet<string>, 'has'> = {
  has: (name: string) => SWITCH_METHODS.has(name) || isRegisteredMethod(name),
};
