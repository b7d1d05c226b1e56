/**
 * Writes the index of a catalog as its base index and a delta (docs/catalog-index.md): the base's
 * files hard-linked, then the delta's two segments, written by the same writer as a full index,
 * and its facts file. What costs a full index most (every record's terms) is done here for the
 * records that differ from the base only.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'

import { linkFile } from '../../shared/linkTree'
import type { CatalogRecord } from '../contract'
import { type DeltaFacts, type DocFacts, encodeDeltaFacts } from '../search/deltaFormat'
import type { IndexManifest } from '../search/format'
import { correctCounts } from '../search/headCorrection'
import type { RecordsDiff } from '../recordsDiff'
import { recordIdOfLine } from '../store'
import type { BaseIndex } from './baseIndex'
import { writeDeltaRecords } from './recordNumbers'
import { placeIn, type RankKey } from './staticRank'
import { survivingTops } from './survivingTops'
import { type FacetValues, writeCatalogIndex } from './writeIndex'

/** The files of an index manifest, for linking them into a new build. */
const filesOf = (manifest: IndexManifest) => [...manifest.dictionary.files, ...manifest.postings, ...manifest.slots.files, manifest.groups.file]

/** The facet values of records, as value indexes of `values`. */
function factsOf(keys: RankKey[], values: FacetValues): DocFacts {
  const indexOf = (list: string[]) => {
    const map = new Map(list.map((value, n) => [value, n]))
    return (value: string | undefined) => (value === undefined ? -1 : (map.get(value) ?? -1))
  }
  const [branch, clcClass, language] = [indexOf(values.branch), indexOf(values.class), indexOf(values.language)]
  return {
    branch: keys.map((key) => key.branches.map(branch).sort((a, b) => a - b)),
    class: keys.map((key) => clcClass(key.clcClass)),
    language: keys.map((key) => language(key.language)),
    year: keys.map((key) => key.year),
  }
}

/** Each record's facts, one object a record, for counting. */
const byRecord = (facts: DocFacts) => facts.year.map((year, n) => ({ branch: facts.branch[n]!, class: facts.class[n]!, language: facts.language[n]!, year }))

/** A segment's records file: the lines given, in a folder of the build that is not served. */
function segmentRecords(build: string, name: string, lines: string[]): string {
  const file = path.join(build, 'delta', `${name}.ndjson`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, lines.length > 0 ? `${lines.join('\n')}\n` : '')
  return file
}

export async function writeDeltaIndex(build: string, base: BaseIndex, diff: RecordsDiff, progress: (line: string) => void = () => {}): Promise<IndexManifest> {
  const dir = path.join(build, 'index')
  fs.mkdirSync(dir, { recursive: true })
  for (const file of filesOf(base.manifest)) linkFile(path.join(base.build, 'index', file), path.join(dir, file))
  const baseRecords = base.manifest.records

  progress(`  indexing ${diff.newer.length.toLocaleString('en-US')} records added or changed since the base index`)
  const added = await writeCatalogIndex(segmentRecords(build, 'added', diff.newer), path.join(dir, 'added'), () => {}, {
    segment: { recordNumber: (_, position) => baseRecords + position, values: base.manifest.values },
    workers: 0,
  })

  progress(`  indexing ${diff.older.length.toLocaleString('en-US')} records changed or removed since the base index, as the base has them`)
  const gone = new Set(diff.older.map(recordIdOfLine))
  const removedDocs: number[] = []
  base.ranked.forEach((key, doc) => gone.has(key.id) && removedDocs.push(doc))
  const baseNumber = new Map(removedDocs.map((doc) => [base.ranked[doc]!.id, doc]))
  const tops = survivingTops(base, new Map(diff.older.map((line) => [baseNumber.get(recordIdOfLine(line))!, JSON.parse(line) as CatalogRecord])))
  progress(`  ${tops.size.toLocaleString('en-US')} common words lost records of their first page`)
  const removed = await writeCatalogIndex(segmentRecords(build, 'removed', diff.older), path.join(dir, 'removed'), () => {}, {
    segment: { recordNumber: (id) => baseNumber.get(id)!, tops, values: base.manifest.values },
    workers: 0,
  })
  fs.rmSync(path.join(build, 'delta'), { force: true, recursive: true })

  const { values } = added.manifest
  const facts: DeltaFacts = {
    added: { ...factsOf(added.ranked, values), place: added.ranked.map((key) => placeIn(base.ranked, key)) },
    removed: { ...factsOf(removedDocs.map((doc) => base.ranked[doc]!), values), doc: removedDocs },
  }
  writeDeltaRecords(build, { added: added.ranked.map((key) => key.id), removed: removedDocs })
  const factsBytes = deflateRawSync(encodeDeltaFacts(facts, added.manifest.tag))
  const factsFile = `delta.${createHash('sha256').update(factsBytes).digest('hex').slice(0, 16)}.bin`
  fs.writeFileSync(path.join(dir, factsFile), factsBytes)

  const segment = (name: string, manifest: IndexManifest) => {
    const within = (file: string) => `${name}/${file}`
    return {
      dictionary: { ...manifest.dictionary, files: manifest.dictionary.files.map(within) },
      postings: manifest.postings.map(within),
      records: manifest.records,
      slots: { ...manifest.slots, files: manifest.slots.files.map(within) },
      tag: manifest.tag,
    }
  }
  return {
    ...base.manifest,
    build: createHash('sha256').update(base.manifest.build).update(added.manifest.build).update(removed.manifest.build).digest('hex').slice(0, 16),
    counts: correctCounts(base.manifest.counts, byRecord(facts.removed), byRecord(facts.added)),
    delta: { added: segment('added', added.manifest), baseRecords, facts: { bytes: factsBytes.length, file: factsFile }, removed: segment('removed', removed.manifest) },
    records: baseRecords - removedDocs.length + added.manifest.records,
    values,
  }
}
