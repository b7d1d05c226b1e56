import type { Random } from './random'
import type { Style, Topic, Words } from './words'

/** Words a record has already chosen, so that its title and its headings agree ("明代" in both). */
export type Chosen = { en?: string; era?: string; person?: string; term?: string }

/** Fills a title pattern's slots ("{img}的{img}") with the record's chosen words or words of the lists. */
export function fillPattern(pattern: string, random: Random, words: Words, topic: Topic, chosen: Chosen = {}): string {
  let lastImage = ''
  return pattern.replace(/\{(\w+)\}/gu, (slot, name: string) => {
    switch (name) {
      case 'img': {
        // "{img}与{img}" reads badly as "河流与河流": draw once more.
        let image = random.pick(words.imagery)
        if (image === lastImage) image = random.pick(words.imagery)
        lastImage = image
        return image
      }
      case 'adj':
        return random.pick(words.adjectives)
      case 'adj2':
        return random.pick(words.childAdjectives)
      case 'time':
        return random.pick(words.times)
      case 'place':
        return random.pick(words.places)
      case 'animal':
        return random.pick(words.animals)
      case 'kid':
        return random.pick(words.kidWords)
      case 'era':
        return chosen.era ?? random.pick(words.eras).name
      case 'person':
        return chosen.person ?? random.pick(topic.persons ?? []).at(0) ?? ''
      case 't':
        return chosen.term ?? random.pick(topic.terms ?? topic.subjects ?? [''])
      case 'en':
        return chosen.en ?? 'Chinese'
      default:
        throw new Error(`unknown slot ${slot} in the title pattern "${pattern}"`)
    }
  })
}

/** A title in the topic's style, or in English from the `english` patterns when `chosen.en` is set. */
export function makeTitle(random: Random, words: Words, topic: Topic, chosen: Chosen = {}): string {
  const style: Style | 'english' = chosen.en === undefined ? topic.style : 'english'
  return fillPattern(random.pick(words.styles[style]), random, words, topic, chosen)
}

/** A title with one of the rare words, for searches that should find only a few records. */
export const rareTitle = (random: Random, words: Words): string => `${random.pick(words.rareWords)}${random.pick(words.rareSuffixes)}`
