/**
 * Reads the delta of an index (deltaFormat.ts): its two segments, and its facts file, read once
 * beside the first dictionary buckets a search reads.
 */
import { DeltaView } from './deltaView'
import { decodeDeltaFacts, type DeltaManifest } from './deltaFormat'
import { guarded, inflate, IndexSegment, type RangeSource } from './segment'

export class DeltaIndex {
  readonly added: IndexSegment
  readonly removed: IndexSegment
  private loaded: Promise<DeltaView> | undefined

  constructor(
    readonly manifest: DeltaManifest,
    read: RangeSource,
  ) {
    this.added = new IndexSegment(manifest.added, read)
    this.removed = new IndexSegment(manifest.removed, read)
  }

  view(): Promise<DeltaView> {
    if (!this.loaded) {
      this.loaded = guarded('delta', async () => {
        const { bytes, file } = this.manifest.facts
        const { facts } = this.added.tagged(decodeDeltaFacts(await inflate(await this.added.range(file, 0, bytes))), (read) => read.tag)
        return new DeltaView(facts, this.manifest.baseRecords)
      })
      this.loaded.catch(() => (this.loaded = undefined))
    }
    return this.loaded
  }
}
