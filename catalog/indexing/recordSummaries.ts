/**
 * What an index keeps of each record while it is written, beyond its terms: the key that places
 * it in the static rank order and its display data until its slot is written, in the order the
 * records are added. A full import makes them as it reads the export, so that the index need not
 * read and parse the records again; an index written from a records file makes them as it reads it.
 */
import type { CatalogRecord } from '../contract'
import { SlotDrafts } from './slotDrafts'
import type { RankKey } from './staticRank'

const copiesOf = (record: CatalogRecord) => record.holdings.reduce((sum, holding) => sum + holding.copies, 0)

export class RecordSummaries {
  readonly keys: RankKey[] = []
  readonly drafts = new SlotDrafts()
  // Branches, classes and languages recur from record to record: kept once each.
  private readonly interned = new Map<string, string>()
  private readonly branchSets = new Map<string, string[]>()

  add(record: CatalogRecord): void {
    const clcClass = this.intern(record.clcClass)
    const language = this.intern(record.language)
    this.keys.push({ branches: this.branchesOf(record), ...(clcClass ? { clcClass } : {}), copies: copiesOf(record), id: record.id, ...(language ? { language } : {}), year: record.year ?? -1 })
    this.drafts.add({
      a: record.authors,
      ...(record.clc ? { c: record.clc } : {}),
      i: record.id,
      ...(record.publisher ? { p: record.publisher } : {}),
      t: record.title,
      ...(record.vernacular?.title ? { v: record.vernacular.title } : {}),
      ...(record.year !== undefined ? { y: record.year } : {}),
    })
  }

  private intern(text: string | undefined): string | undefined {
    if (!text) return undefined
    const kept = this.interned.get(text)
    if (kept !== undefined) return kept
    this.interned.set(text, text)
    return text
  }

  private branchesOf(record: CatalogRecord): string[] {
    const list = [...new Set(record.holdings.map((holding) => holding.branch))]
    const key = list.join('\n')
    let branches = this.branchSets.get(key)
    if (!branches) {
      branches = list.map((branch) => this.intern(branch) ?? branch)
      this.branchSets.set(key, branches)
    }
    return branches
  }
}
