// E0505 for a move of a local a `thread::spawn` closure borrows (without `move`): the borrow must last for
// `'static`, so it is still held at the move; rustc 1.95's labels and its note on std's bound.
import type { Span } from '../../syntax/ast.ts';
import { error, label, type CompileDiagnostic } from '../diagnostic.ts';
import type { Access, Loan } from './cfg.ts';
import { RUSTC_STD } from './rustc-std.ts';

/** `call` is the spawn call whose argument requires the `'static` borrow `L`; `what` / `borrowed` name the places. */
export function staticMoveError(ev: Access, L: Loan, call: Span, what: string, borrowed: string): CompileDiagnostic {
  const d = error('E0505', `cannot move out of \`${what}\` because it is borrowed`, ev.span, `move out of \`${what}\` occurs here`);
  d.labels.push(label(L.span, `borrow of \`${borrowed}\` occurs here`));
  if (L.closure) d.labels.push(label(L.closure.use, 'borrow occurs due to use in closure'));
  d.labels.push(label(call, `argument requires that \`${borrowed}\` is borrowed for \`'static\``));
  d.children.push({ level: 'note', message: "requirement that the value outlives `'static` introduced here", ...RUSTC_STD.spawnStatic });
  return d;
}
