/**
 * Characters no feed may carry: those XML 1.0 allows nowhere in a document (the C0 controls but
 * tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates) and DEL, which
 * iCalendar forbids in text. They are invisible and mean nothing on a page; they come in by
 * pasting (Word writes U+000B for a line break), and one of them makes a whole RSS feed unreadable.
 */
const CONTROL_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF\p{Cs}]/u
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu')
/** Line and page breaks: they separate words, so they become a space instead of vanishing. */
const BREAKS = /[\x0B\x0C]/g

/** `text` without the characters no feed may carry (see above); line and page breaks become spaces. */
export const withoutControlCharacters = (text: string): string => text.replace(BREAKS, ' ').replace(CONTROL_CHARACTERS, '')

/** The first character of `text` that no feed may carry, as U+XXXX, with its line and column (from 1); undefined when there is none. */
export function findControlCharacter(text: string): { character: string; column: number; line: number } | undefined {
  const match = CONTROL_CHARACTER.exec(text)
  if (!match) return undefined
  const before = text.slice(0, match.index)
  const line = before.split('\n').length
  return {
    character: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    column: match.index - before.lastIndexOf('\n'),
    line,
  }
}
