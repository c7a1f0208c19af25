// Loads the std models of fearless concurrency (each registers itself in ./native.ts): threads, channels,
// locks and atomics, and time. Imported once by the std function table.
import './time.ts';
import './thread.ts';
import './mpsc.ts';
import './sync.ts';

export { NATIVE_FNS } from '../semantics/native.ts';
