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
