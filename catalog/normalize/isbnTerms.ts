import type { RecordDescription } from '../contract'

type IsbnTerms = NonNullable<RecordDescription['isbnTerms']>

/** The first terms given for each ISBN: records give a book's ISBN-10 and ISBN-13 in fields of their own, with the same qualifier. */
export function onePerIsbn(terms: IsbnTerms): IsbnTerms {
  const seen = new Set<string>()
  return terms.filter(({ isbn }) => !seen.has(isbn) && seen.add(isbn))
}
