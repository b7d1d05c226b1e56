/**
 * The shape rules every reader applies to tags, indicators and subfield codes, so that an ISO 2709
 * file and a MARCXML file of the same records are read alike.
 */

/** Three ASCII letters or digits: 245, 001, and the local tags some systems add (TSO, LOC). */
export const isTag = (tag: string): boolean => /^[0-9A-Za-z]{3}$/u.test(tag)

/**
 * Whether an ISO 2709 field holds a bare value rather than indicators and subfields: 001–009,
 * and the local alphabetic fields some systems add without subfields (Aleph's FMT "BK").
 */
export const isControlField = (tag: string, hasSubfields: boolean): boolean => /^00\d$/u.test(tag) || (!/^\d{3}$/u.test(tag) && !hasSubfields)

/** A blank or a printable ASCII character. */
export const isIndicator = (value: string): boolean => /^[\x20-\x7e]$/u.test(value)

/**
 * One printable ASCII character. MARC21 uses lowercase letters and digits, CNMARC also
 * uppercase ones (200$A, the pinyin of the title); a control or non-ASCII byte is no code.
 */
export const isSubfieldCode = (code: string): boolean => /^[\x21-\x7e]$/u.test(code)

/** A character as a reason shows it: itself in quotes when printable, else its code point. */
export const showCharacter = (character: string): string =>
  /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `“${character}”` : `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** A byte as a reason shows it: an ASCII character in quotes, else its hexadecimal value. */
export const showByte = (byte: number): string =>
  byte > 0x20 && byte < 0x7f ? `“${String.fromCharCode(byte)}”` : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`

/** The last characters of a text, to show a librarian where in a field something went wrong. */
export const tail = (text: string, length = 30): string => (text.length > length ? `…${text.slice(-length)}` : text)
