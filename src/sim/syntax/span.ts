// Source positions and spans (1-based, rustc's display columns) and the simulator's own diagnostics that name
// them: the vocabulary every stage shares, from the parser to the trace (re-exported by ../trace/schema.ts).

/** 1-based line and column in the program source (the source given to the simulator). */
export interface Pos {
  line: number;
  col: number;
}

/** A source span, 1-based, end exclusive in column. */
export interface Span {
  start: Pos;
  end: Pos;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable machine-readable code: 'parse', 'unsupported', 'type', 'step-limit', 'snapshot-limit', 'unchecked' (the run met a moved or freed value the checker
   *  missed), 'internal'. */
  code: string;
  /** Korean, human-readable, names the feature or problem. */
  message: string;
  span: Span;
  /** The file of a multi-file crate the span is in (`src/lib.rs`); absent for a single program. */
  file?: string;
}
