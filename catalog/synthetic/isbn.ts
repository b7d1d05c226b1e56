/** The ISBN-10 check character of nine digits (weights 10 to 2, modulo 11; 10 is X). */
export function isbn10CheckDigit(nineDigits: string): string {
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i)
  const check = (11 - (sum % 11)) % 11
  return check === 10 ? 'X' : String(check)
}

/** The ISBN-13 check digit of twelve digits (weights 1 and 3, modulo 10). */
export function isbn13CheckDigit(twelveDigits: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3)
  return String((10 - (sum % 10)) % 10)
}

/**
 * A hyphenated ISBN of a publisher's prefix ("7-02") and a title number: ISBN-10 as printed
 * in China from 1987 to 2006 ("7-02-004871-3"), ISBN-13 from 2007 ("978-7-02-004871-8").
 */
export function makeIsbn(prefix: string, titleNumber: number, year: number): string {
  const [group = '', registrant = ''] = prefix.split('-')
  const titleDigits = 9 - group.length - registrant.length
  const title = String(titleNumber % 10 ** titleDigits).padStart(titleDigits, '0')
  const nine = `${group}${registrant}${title}`
  if (year < 2007) return `${group}-${registrant}-${title}-${isbn10CheckDigit(nine)}`
  return `978-${group}-${registrant}-${title}-${isbn13CheckDigit(`978${nine}`)}`
}
