/**
 * The MARC-8 character sets beyond Latin — CJK (EACC), Hebrew, Arabic, Cyrillic, Greek — as
 * decodeMarc8 looks them up, from marc8Sets.json (generated from the Library of Congress tables
 * by scripts/catalog/marc8Tables.ts).
 */
import { readFileSync } from 'node:fs'

/**
 * A MARC-8 character set: its characters by code (the 7-bit bytes of one character, so that a
 * set reads alike as G0 and as G1), which of them are combining diacritics, and how many bytes
 * a character takes (3 for EACC, else 1).
 */
export type CharacterSet = { combining: (character: string) => boolean; get: (code: number) => string | undefined; name: string; width: 1 | 3 }

type SetFile = { sets: Record<string, { combining: string; name: string; rows: Record<string, string>; width: 1 | 3 }> }

let loaded: Map<string, CharacterSet> | undefined

// Read on first use: most exports are UTF-8 or Latin MARC-8, and never pay for 16,000 characters.
function load(): Map<string, CharacterSet> {
  const file = JSON.parse(readFileSync(new URL('./marc8Sets.json', import.meta.url), 'utf8')) as SetFile
  return new Map(
    Object.entries(file.sets).map(([final, set]) => {
      const characters = new Map<number, string>()
      for (const [row, text] of Object.entries(set.rows)) {
        const prefix = row === '' ? 0 : Number.parseInt(row, 16) << 8
        ;[...text].forEach((character, index) => {
          if (character !== ' ') characters.set(prefix | (0x20 + index), character)
        })
      }
      const combining = new Set(set.combining)
      return [final, { combining: (character) => combining.has(character), get: (code) => characters.get(code), name: set.name, width: set.width }]
    }),
  )
}

/** The set an escape sequence designates by its final character (`1` for EACC, `N` for Cyrillic…), if it is one of these. */
export function generatedSet(final: string): CharacterSet | undefined {
  loaded ??= load()
  return loaded.get(final)
}
