// The public face of std::fmt for the evaluator: value types, format!, and std's panic texts.
// Import from here; the other files in this folder are implementation detail.
export * from './fmt-value.ts';
export { parseFormatString, type ParseResult } from './parse-format.ts';
export { resolveArgs, argTraits, type ArgTraits, type ResolveResult } from './resolve-args.ts';
export { formatWith, isFmtError, typeNameOf } from './format-value.ts';
export { formatArgs, inlineNames, type FormatResult } from './format-args.ts';
export * as panicText from './panic-message.ts';
// Building blocks for user `impl Display/Debug` (Formatter::pad, pad_integral, debug_struct & co.).
export { pad, padIntegral, charCount } from './pad.ts';
export { debugStruct, debugTuple, debugSeq, debugMap, indent } from './format-debug.ts';
export { debugStr, debugChar } from './escape-debug.ts';
