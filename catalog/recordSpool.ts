import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { compareIds, contentHash } from './store'
import { grown } from './typedArrays'

/** Bytes gathered before a write or read: one for each record would be most of the spool's time. */
const BLOCK_BYTES = 1 << 20

/**
 * The records an import has read, each as its line of the records file, kept in a file rather
 * than in memory: a large export's records would take more memory than all the rest of the
 * import. Memory holds each line's place and content hash, and the latest line of each id. An id
 * added again replaces the earlier record, whose line stays in the file, unused.
 */
export class RecordSpool {
  private readonly fd: number
  /** The latest line of each id. */
  private readonly latest = new Map<string, number>()
  /** The id of each line, in the order added. */
  private readonly idOf: string[] = []
  private offsets = new Float64Array(1024)
  private hashOf = new Float64Array(1024)
  private written = 0
  private pending: Buffer[] = []
  private pendingBytes = 0

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w+')
  }

  /** Distinct records. */
  get size(): number {
    return this.latest.size
  }

  has(id: string): boolean {
    return this.latest.has(id)
  }

  /** Adds a record's line, returning its content hash (store.ts). */
  add(id: string, line: string): number {
    const n = this.idOf.length
    if (n + 1 >= this.offsets.length) this.grow()
    const bytes = Buffer.from(`${line}\n`)
    const hash = contentHash(line)
    this.hashOf[n] = hash
    this.offsets[n + 1] = this.offsets[n]! + bytes.length
    this.idOf.push(id)
    this.latest.set(id, n)
    this.pending.push(bytes)
    this.pendingBytes += bytes.length
    if (this.pendingBytes >= BLOCK_BYTES) this.flush()
    return hash
  }

  /** Each record's content hash, by id. */
  hashes(): Map<string, number> {
    const hashes = new Map<string, number>()
    for (const [id, n] of this.latest) hashes.set(id, this.hashOf[n]!)
    return hashes
  }

  /** A record's line, or undefined when none has the id. */
  line(id: string): string | undefined {
    const n = this.latest.get(id)
    return n === undefined ? undefined : this.read(this.offsets[n]!, this.offsets[n + 1]! - 1).toString('utf8')
  }

  /** Every line added, with its id, in the order added: also those a later line of the same id replaced. */
  *added(): IterableIterator<[id: string, line: string]> {
    let n = 0
    for (let start = 0; start < this.idOf.length; ) {
      // Whole lines, a block at a time.
      let end = start + 1
      while (end < this.idOf.length && this.offsets[end + 1]! - this.offsets[start]! <= BLOCK_BYTES) end += 1
      const block = this.read(this.offsets[start]!, this.offsets[end]!).toString('utf8')
      let at = 0
      for (; n < end; n += 1) {
        const next = block.indexOf('\n', at)
        yield [this.idOf[n]!, block.slice(at, next)]
        at = next + 1
      }
      start = end
    }
  }

  /** The ids, in the order of a records file (store.ts). */
  sortedIds(): string[] {
    return [...this.latest.keys()].sort(compareIds)
  }

  /** The place of the latest line of each id, among the lines in the order added. */
  latestPositions(): Uint32Array {
    return Uint32Array.from(this.latest.values())
  }

  /** Writes the latest line of each id into `file`, in the order of a records file, returning the file's SHA-256. */
  writeSorted(file: string): Buffer {
    const out = fs.openSync(file, 'w')
    const hash = createHash('sha256')
    try {
      const ids = this.sortedIds()
      let block: Buffer[] = []
      let blockBytes = 0
      const write = () => {
        const bytes = Buffer.concat(block, blockBytes)
        hash.update(bytes)
        for (let at = 0; at < bytes.length; ) at += fs.writeSync(out, bytes, at)
        block = []
        blockBytes = 0
      }
      for (let i = 0; i < ids.length; ) {
        // A run of lines that follow each other in the spool too (an export in id order) is read at once.
        const first = this.latest.get(ids[i]!)!
        let last = first
        i += 1
        while (i < ids.length && this.latest.get(ids[i]!) === last + 1 && this.offsets[last + 2]! - this.offsets[first]! <= BLOCK_BYTES) {
          last += 1
          i += 1
        }
        const bytes = this.read(this.offsets[first]!, this.offsets[last + 1]!)
        block.push(bytes)
        blockBytes += bytes.length
        if (blockBytes >= BLOCK_BYTES) write()
      }
      write()
    } finally {
      fs.closeSync(out)
    }
    return hash.digest()
  }

  /** Ends the spool and removes its file. */
  close(): void {
    fs.closeSync(this.fd)
    fs.rmSync(this.file, { force: true })
  }

  private grow(): void {
    this.offsets = grown(this.offsets, this.offsets.length * 2)
    this.hashOf = grown(this.hashOf, this.hashOf.length * 2)
  }

  private flush(): void {
    if (this.pendingBytes === 0) return
    const bytes = Buffer.concat(this.pending, this.pendingBytes)
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(this.fd, bytes, at, bytes.length - at, this.written + at)
    this.written += bytes.length
    this.pending = []
    this.pendingBytes = 0
  }

  /** The bytes from `start` up to `end` of the spool. */
  private read(start: number, end: number): Buffer {
    if (end > this.written) this.flush()
    const bytes = Buffer.allocUnsafe(end - start)
    for (let at = 0; at < bytes.length; ) {
      const read = fs.readSync(this.fd, bytes, at, bytes.length - at, start + at)
      if (read === 0) throw new Error(`The import's record spool ${this.file} ends early: was it removed while the import ran?`)
      at += read
    }
    return bytes
  }
}
