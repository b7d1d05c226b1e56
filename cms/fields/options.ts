import type { Bilingual } from './labels'

/**
 * A select's options: the values of a closed list (`choices.ts`) in its order, each with its
 * label in both languages. A value without a label, or a label without a value, does not compile.
 */
export const options = <Value extends string>(values: readonly Value[], labels: Record<NoInfer<Value>, Bilingual>): { label: Bilingual; value: Value }[] =>
  values.map((value) => ({ label: labels[value], value }))
