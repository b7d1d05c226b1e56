import { describe, expect, it } from 'vitest'

import { clcClass } from '../normalize/clc'
import { isbn13 } from '../normalize/isbn'
import { loadBranches } from './branches'
import { makeIsbn } from './isbn'
import { loadWords } from './words'

const words = loadWords()

const clcNumbers = [
  ...words.topics.flatMap((topic) => [...(topic.clc ?? []), ...(topic.items ?? []).map((item) => item[1]), ...(topic.persons ?? []).map((p) => p[1])]),
  ...words.eras.map((era) => era.clc),
  ...words.foreignAuthors.flatMap((authors) => authors.clc),
]

describe('the word lists', () => {
  it('use real CLC classes and cover all 22 of them', () => {
    for (const clc of clcNumbers) expect(clcClass(clc), clc).toBeDefined()
    expect(new Set(clcNumbers.map(clcClass)).size).toBe(22)
  })

  it('give every topic a title pattern, a class and a subject heading', () => {
    for (const topic of words.topics) {
      expect(words.styles[topic.style]?.length, topic.style).toBeGreaterThan(0)
      const hasClass = topic.clc !== undefined || topic.items !== undefined || topic.persons !== undefined || topic.style === 'history' || topic.style === 'foreignFiction'
      expect(hasClass, topic.style).toBe(true)
      const hasSubject = topic.subjects !== undefined || topic.items !== undefined || topic.persons !== undefined
      expect(hasSubject, topic.style).toBe(true)
    }
  })

  it('give each publisher an ISBN prefix that makes valid ISBNs', () => {
    for (const publisher of words.publishers) {
      expect(isbn13(makeIsbn(publisher.isbn, 12_345, 1999)), publisher.name).toBeDefined()
      expect(isbn13(makeIsbn(publisher.isbn, 12_345, 2020)), publisher.name).toBeDefined()
    }
  })

  it('find a publisher for every style of book', () => {
    const styles = new Set(words.publishers.flatMap((publisher) => publisher.styles))
    for (const topic of words.topics) expect(styles.has(topic.style), topic.style).toBe(true)
    expect(styles.has('english')).toBe(true)
  })
})

describe('loadBranches', () => {
  it('reads the service points of the site, the central library first and most likely', () => {
    const branches = loadBranches()
    expect(branches[0]).toMatchObject({ code: 'central-library', kind: 'central' })
    expect(branches.map((branch) => branch.name)).toEqual(expect.arrayContaining(['白兔潭分馆', '王仙分馆', '阳三石分馆']))
    for (const branch of branches.slice(1)) expect(branch.share).toBeLessThan(branches[0]!.share)
  })
})
