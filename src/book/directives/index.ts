// The `{{#…}}` directive stage of src/book: expand a chapter's helpers, name listings by folder.
// Callers import from here; the pieces (line picking, path rules) are in their own files.

export { expandDirectives, MAX_INCLUDE_DEPTH } from './expand.ts';
export type { DirectiveContext, ExpandResult, IncludeInfo, IncludeKind } from './expand.ts';
export { listingIdFromPath } from './listing-id.ts';
