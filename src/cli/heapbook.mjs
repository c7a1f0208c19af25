#!/usr/bin/env node
// heapbook CLI entry: registers the TypeScript loader (tsx) and dispatches to src/cli/commands/<name>.ts.
// Each subcommand module exports `run(argv: string[]): Promise<number>` returning the process exit code.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
