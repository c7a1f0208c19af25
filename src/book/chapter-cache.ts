// Remembers each chapter's rendering with the exact text of every file it read (the chapter and its includes),
// so a reload of the book (heapbook dev) re-renders only the chapters whose inputs changed.
import type { FileReader } from './read-source.ts';

interface Entry<T> {
  /** Every file the chapter read (absolute path → its text, null when it did not exist). */
  reads: Map<string, string | null>;
  value: T;
}

export class ChapterCache<T> {
  private entries = new Map<string, Entry<T>>();
  /** Chapters rendered / reused since the last `resetStats()`: for the dev server's report and tests. */
  rendered = 0;
  reused = 0;

  /**
   * The cached value for `key` when every file it read still reads the same (through `read`), else
   * `compute(recordingReader)`, whose reads are recorded for next time. A compute that throws is not cached.
   */
  async get(key: string, read: FileReader, compute: (read: FileReader) => Promise<T>): Promise<T> {
    const hit = this.reuse(key, read);
    if (hit) return hit.value;
    const reads = new Map<string, string | null>();
    return this.store(key, reads, await compute(recorder(read, reads)));
  }

  /** `get` for a synchronous compute. */
  getSync(key: string, read: FileReader, compute: (read: FileReader) => T): T {
    const hit = this.reuse(key, read);
    if (hit) return hit.value;
    const reads = new Map<string, string | null>();
    return this.store(key, reads, compute(recorder(read, reads)));
  }

  /** The entry for `key` when every file it read still reads the same; else forget it (a compute follows). */
  private reuse(key: string, read: FileReader): Entry<T> | undefined {
    const hit = this.entries.get(key);
    if (hit && unchanged(hit.reads, read)) {
      this.reused++;
      return hit;
    }
    this.entries.delete(key);
    return undefined;
  }

  private store(key: string, reads: Map<string, string | null>, value: T): T {
    this.entries.set(key, { reads, value });
    this.rendered++;
    return value;
  }

  resetStats(): void {
    this.rendered = 0;
    this.reused = 0;
  }
}

/** A reader that records what it read into `reads`. */
function recorder(read: FileReader, reads: Map<string, string | null>): FileReader {
  return (abs) => {
    const text = read(abs);
    reads.set(abs, text);
    return text;
  };
}

function unchanged(reads: Map<string, string | null>, read: FileReader): boolean {
  for (const [abs, text] of reads) {
    let now: string | null;
    try {
      now = read(abs);
    } catch {
      return false;
    }
    if (now !== text) return false;
  }
  return true;
}
