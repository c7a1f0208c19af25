// The public face of std::fmt for the evaluator: value types, format!, and std's panic texts.
// Import from here; the other files in this folder are implementation detail.
export * from './fmt-value.ts';
export { parseFormatString, type ParseResult } from './parse-format.ts';
export { resolveArgs, type ResolveResult } from './resolve-args.ts';
export { formatWith, isFmtError, typeNameOf } from './format-value.ts';
export { formatArgs, inlineNames, type FormatResult } from './format-args.ts';
export * as panicText from './panic-message.ts';
