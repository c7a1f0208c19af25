// The checker's passes in rustc's order. Each pass owns a folder; add a pass here to run it.
// (names → syntax checks → types → borrows; a pass reads earlier passes' side tables, never the reverse.)
import type { Pass } from './index.ts';
import { namesPass } from './names/index.ts';
import { syntaxChecksPass } from './syntax-checks/index.ts';
import { typeckPass } from './types/pass.ts';
import { borrowckPass } from './borrow/pass.ts';

export const PASSES: readonly Pass[] = [namesPass, syntaxChecksPass, typeckPass, borrowckPass];
