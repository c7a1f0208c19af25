// Method names of the outside-world models (./world.ts, ./rand.ts) for the static check's known-method set.
// Kept dependency-free so std/method-names.ts can import it without an import cycle.
export const WORLD_METHOD_NAMES: readonly string[] = ['read_line', 'lock', 'lines', 'read_to_string', 'flush', 'kind', 'gen_range', 'gen', 'gen_bool', 'write_all', 'write', 'sync_all'];
