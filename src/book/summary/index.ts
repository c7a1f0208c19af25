// The SUMMARY.md stage of src/book: parse the table of contents, then walk it in reading order.
// Callers import from here.

export { parseSummary } from './parse-summary.ts';
export { flattenChapters, summaryPaths, type ChapterWithPath, type SummaryChapter } from './flatten.ts';
