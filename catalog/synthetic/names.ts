import type { Random } from './random'
import type { ForeignAuthors, Words } from './words'

/** A Chinese personal name: a common family name (more common ones more often) and one or two given characters. */
export function chineseName(random: Random, words: Words): string {
  const family = random.chance(0.01) ? random.pick(words.compoundFamilyNames) : random.ranked(words.familyNames, 0.9)
  const given = random.chance(0.3)
    ? random.pick(words.givenNameCharacters)
    : `${random.pick(words.givenNameCharacters)}${random.pick(words.givenNameCharacters)}`
  return `${family}${given}`
}

/**
 * A foreign author as Chinese translations name them: "约翰·史密斯" (given name first, with a
 * middle dot), Japanese "吉田健一" (family name first, no dot).
 */
export function foreignName(random: Random, words: Words): { origin: ForeignAuthors; name: string } {
  const origin = random.weighted(words.foreignAuthors, (authors) => (authors.country === '美' || authors.country === '日' ? 3 : 1))
  const [given, family] = [random.pick(origin.given), random.pick(origin.family)]
  return { name: origin.familyFirst ? `${family}${given}` : `${given}·${family}`, origin }
}

/** An English author as an English-language record names them: "Smith, John". */
export const englishName = (random: Random, words: Words): string =>
  `${random.pick(words.englishAuthors.family)}, ${random.pick(words.englishAuthors.given)}`
