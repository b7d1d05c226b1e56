/**
 * One index's term dictionary, heads, postings and slots, read through range reads and kept: the
 * catalog's base index, or a segment of its delta (docs/catalog-index.md). Every part read must
 * carry the segment's tag.
 */
import {
  bucketBytes,
  decodeSlot,
  type DictionaryEntry,
  findEntry,
  HEAD_DEFLATED,
  type Head,
  type IndexManifest,
  placeTerm,
  POSTINGS_DEFLATED,
  type Postings,
  readPostings,
  readTag,
  SLOT_BYTES,
  type Slot,
} from './format'

/** Reads bytes [start, end) of one of the index's files. */
export type RangeSource = (file: string, start: number, end: number) => Promise<Uint8Array>

/** The files of one index and the tag they carry. */
export type SegmentFiles = Pick<IndexManifest, 'dictionary' | 'postings' | 'slots' | 'tag'>

/** The index cannot be read as it should (a file missing, cut short or from another import). */
export class CatalogUnavailable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'CatalogUnavailable'
  }
}

export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Runs `read` and turns any failure into CatalogUnavailable, naming what was read. */
export async function guarded<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof CatalogUnavailable) throw error
    throw new CatalogUnavailable(`The catalog index could not be read (${what}): ${(error as Error).message}`, { cause: error })
  }
}

/** A promise kept in `cache` under `key` until it fails, so that what failed is read again next time. */
export function cached<K, T>(cache: Map<K, Promise<T>>, key: K, what: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key)
  if (!value) {
    value = guarded(what, load)
    cache.set(key, value)
    value.catch(() => cache.delete(key))
  }
  return value
}

export class IndexSegment {
  private readonly buckets = new Map<number, Promise<Uint8Array>>()
  private readonly heads = new Map<string, Promise<Head>>()
  private readonly postings = new Map<string, Promise<Postings>>()
  private readonly slots = new Map<number, Promise<Slot>>()

  constructor(
    readonly files: SegmentFiles,
    private readonly read: RangeSource,
  ) {}

  /** Returns what was read when its tag is this segment's, and refuses it otherwise. */
  tagged<T>(value: T, tagOf: (value: T) => number): T {
    if (tagOf(value) !== this.files.tag) throw new CatalogUnavailable('a file of the catalog index belongs to another import than its manifest')
    return value
  }

  /** Reads an exact range, refusing a short one: a file cut short must not pass for a small one. */
  async range(file: string, start: number, end: number): Promise<Uint8Array> {
    const bytes = await this.read(file, start, end)
    if (bytes.length !== end - start) throw new CatalogUnavailable(`${file} is shorter than the index says (${bytes.length} of ${end - start} bytes from ${start})`)
    return bytes
  }

  /** A term's dictionary entry, or undefined when no record has it. */
  async entry(term: string): Promise<DictionaryEntry | undefined> {
    const { buckets, bucketsPerPart, capacity, files } = this.files.dictionary
    const { bucket, fingerprint } = placeTerm(term, buckets)
    const bytes = cached(this.buckets, bucket, 'dictionary', async () => {
      const size = bucketBytes(capacity)
      const start = (bucket % bucketsPerPart) * size
      return this.tagged(await this.range(files[Math.floor(bucket / bucketsPerPart)]!, start, start + size), readTag)
    })
    return findEntry(await bytes, fingerprint)
  }

  head(term: string, entry: DictionaryEntry): Promise<Head> {
    return cached(this.heads, term, term, async () => {
      const start = entry.offset
      let bytes = await this.range(this.files.postings[entry.part]!, start, start + entry.headBytes)
      if (entry.flags & HEAD_DEFLATED) bytes = await inflate(bytes)
      return this.tagged(JSON.parse(new TextDecoder().decode(bytes)) as Head, (head) => head.tag)
    })
  }

  termPostings(term: string, entry: DictionaryEntry): Promise<Postings> {
    return cached(this.postings, term, term, async () => {
      const start = entry.offset + entry.headBytes
      let bytes = await this.range(this.files.postings[entry.part]!, start, start + entry.postingsBytes)
      if (entry.flags & POSTINGS_DEFLATED) bytes = await inflate(bytes)
      const { postings } = this.tagged(readPostings(bytes), (read) => read.tag)
      if (postings[0].length + postings[1].length + postings[2].length !== entry.count) throw new CatalogUnavailable(`the postings of a term hold another number of records than the dictionary says`)
      return postings
    })
  }

  /** The display data of the segment's `n`th record. */
  slot(n: number): Promise<Slot> {
    return cached(this.slots, n, 'slots', async () => {
      const { files, perFile } = this.files.slots
      const start = (n % perFile) * SLOT_BYTES
      return this.tagged(decodeSlot(await this.range(files[Math.floor(n / perFile)]!, start, start + SLOT_BYTES)), (read) => read.tag).slot
    })
  }
}
