// Reads what the conformance run needs from a Cargo.toml: workspace members, registry dependencies
// (which cannot be fetched offline) and binary targets. Pure: takes the manifest text.
import { parse } from 'smol-toml';

export interface ManifestInfo {
  packageName: string | null;
  /** `[workspace] members = [...]` (empty when not a workspace root). */
  workspaceMembers: string[];
  isWorkspace: boolean;
  /** Dependencies that are not `path = …` (need crates.io), e.g. `rand`. */
  registryDeps: string[];
  /** `path = …` of the path dependencies, as written (relative to the manifest's folder). */
  pathDeps: string[];
  /** Explicit `[[bin]]` names. */
  binNames: string[];
}

function table(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function pathDepsOf(deps: unknown): string[] {
  const t = table(deps);
  if (!t) return [];
  return Object.values(t).flatMap((spec) => {
    const p = table(spec)?.path;
    return typeof p === 'string' ? [p] : [];
  });
}

function registryDepsOf(deps: unknown): string[] {
  const t = table(deps);
  if (!t) return [];
  const out: string[] = [];
  for (const [name, spec] of Object.entries(t)) {
    const s = table(spec);
    if (s && (typeof s.path === 'string' || s.workspace === true)) continue;
    out.push(name);
  }
  return out;
}

/** Parses a manifest; a string is the TOML error message. */
export function readManifest(text: string): ManifestInfo | string {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  const pkg = table(doc.package);
  const ws = table(doc.workspace);
  const members = ws && Array.isArray(ws.members) ? ws.members.filter((m): m is string => typeof m === 'string') : [];
  const registryDeps = [...registryDepsOf(doc.dependencies), ...registryDepsOf(doc['dev-dependencies'])];
  const pathDeps = [...pathDepsOf(doc.dependencies), ...pathDepsOf(doc['dev-dependencies'])];
  const bins = Array.isArray(doc.bin) ? doc.bin.map((b) => table(b)?.name).filter((n): n is string => typeof n === 'string') : [];
  return {
    packageName: pkg && typeof pkg.name === 'string' ? pkg.name : null,
    workspaceMembers: members,
    isWorkspace: ws !== null,
    registryDeps,
    pathDeps,
    binNames: bins,
  };
}
