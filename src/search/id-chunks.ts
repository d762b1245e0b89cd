/** Term ids, read by position: what a built index keeps of every passage's terms. */
export interface TermIds {
  readonly length: number;
  /** The id at `position`, 0 past the end (a chunk's unused tail is zeros). */
  at(position: number): number;
  /** The ids from `start` up to `end` (positions from 0, no negative ones), as a plain list (tests and diagnostics). */
  slice(start?: number, end?: number): number[];
}

const CHUNK_BITS = 14;
/** 16,384 ids (64 KB): under glibc's default mmap threshold, so chunks come from and go back to its heap. */
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * Millions of term ids in fixed 64 KB chunks, appended and then kept as they are. A buffer grown by
 * doubling copies itself at each growth and frees large arrays behind it, which costs a reload its
 * longest pause and leaves glibc holding the freed memory (its mmap threshold rises with each large
 * free); fixed chunks never copy, and the few freed are reused by the next build.
 */
export class IdChunks implements TermIds {
  private readonly chunks: Uint32Array[] = [];
  /** The chunk being filled. */
  private last = new Uint32Array(0);
  length = 0;

  push(id: number): void {
    const offset = this.length & CHUNK_MASK;
    if (offset === 0) {
      this.last = new Uint32Array(CHUNK_SIZE);
      this.chunks.push(this.last);
    }
    this.last[offset] = id;
    this.length++;
  }

  at(position: number): number {
    return this.chunks[position >>> CHUNK_BITS]?.[position & CHUNK_MASK] ?? 0;
  }

  slice(start = 0, end = this.length): number[] {
    const ids: number[] = [];
    for (let k = start; k < Math.min(end, this.length); k++) ids.push(this.at(k));
    return ids;
  }
}
