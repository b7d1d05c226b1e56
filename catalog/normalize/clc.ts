/**
 * The 22 top-level classes of the Chinese Library Classification (中图法). L, M, W and Y are
 * not used; T (industrial technology) has two-letter subclasses (TP, TN…) that belong to it.
 */
const CLC_TOP_CLASSES = new Set('ABCDEFGHIJKNOPQRSTUVXZ')

/** The top-level class of a CLC number (`I247.5` → `I`, `TP312` → `T`), or `undefined` if it is none. */
export function clcClass(clc: string | undefined): string | undefined {
  const letter = clc?.trim().charAt(0).toUpperCase()
  return letter !== undefined && CLC_TOP_CLASSES.has(letter) ? letter : undefined
}

/**
 * The classes a CLC number is in, from the top down to `depth` levels: `I247.5` → `I`, `I2`,
 * `I24`; `TP312` → `T`, `TP`, `TP3`. Browsing by class counts records at each. None for a number
 * of no top-level class.
 */
export function clcLevels(clc: string | undefined, depth = 3): string[] {
  const top = clcClass(clc)
  if (!top) return []
  const number = /^[A-Z]+[\d]*/u.exec(clc!.trim().toUpperCase())?.[0] ?? top
  // Each level a character more: T's second level is its subclass's letter (TP), elsewhere a digit (I2).
  const levels = [top]
  for (let end = 2; levels.length < depth && end <= number.length; end += 1) levels.push(number.slice(0, end))
  return levels
}
