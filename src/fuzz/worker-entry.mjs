// Fuzz worker entry: registers the TypeScript loader (tsx) in the worker thread, then loads worker.ts.
// (Worker threads do not inherit the main thread's loader registration.)
import { register } from 'tsx/esm/api';
register();
await import('./worker.ts');
