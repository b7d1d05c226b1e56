/**
 * Test-only: reads the records of a MARCXML fixture of tests/fixtures/marc/ (MARC21 slim, or
 * CNMARC inside an SRU response) with regular expressions: enough for the normaliser's tests,
 * which so do not depend on the importer's reader (`marc/marcxml.ts`). Knows no namespace
 * prefixes, CDATA or broken records.
 */
import { readFileSync } from 'node:fs'

import type { MarcRecord } from '../../marc/types'

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' }

const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (entity, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16))
    : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
    : (ENTITIES[name] ?? entity),
  )

const attribute = (attributes: string, name: string) => decode(new RegExp(`${name}="([^"]*)"`, 'u').exec(attributes)?.[1] ?? '')

/** The records of a MARCXML file, in file order. */
export function readMarcXmlFixture(path: URL): MarcRecord[] {
  const xml = readFileSync(path, 'utf8')
  return [...xml.matchAll(/<leader>([^<]*)<\/leader>([\s\S]*?)<\/record>/gu)].map(([, leader = '', body = '']) => ({
    controlFields: [...body.matchAll(/<controlfield([^>]*)>([^<]*)<\/controlfield>/gu)].map(([, attributes = '', value = '']) => ({
      tag: attribute(attributes, 'tag'),
      value: decode(value),
    })),
    dataFields: [...body.matchAll(/<datafield([^>]*)>([\s\S]*?)<\/datafield>/gu)].map(([, attributes = '', content = '']) => ({
      ind1: attribute(attributes, 'ind1') || ' ',
      ind2: attribute(attributes, 'ind2') || ' ',
      subfields: [...content.matchAll(/<subfield([^>]*)>([^<]*)<\/subfield>/gu)].map(([, subAttributes = '', value = '']) => ({
        code: attribute(subAttributes, 'code'),
        value: decode(value),
      })),
      tag: attribute(attributes, 'tag'),
    })),
    leader: decode(leader),
  }))
}

/** The record of a fixture whose 001 is `id`. */
export function fixtureRecord(records: MarcRecord[], id: string): MarcRecord {
  const record = records.find((r) => r.controlFields.some((field) => field.tag === '001' && field.value.trim() === id))
  if (record === undefined) throw new Error(`no record ${id} in the fixture`)
  return record
}
