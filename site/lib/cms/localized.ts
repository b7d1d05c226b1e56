/**
 * Localized CMS fields as the site reads them: every language at once (`{ zh, en }`), as Payload
 * returns a localized field for `locale=all`.
 */
import { z } from 'astro/zod'

/** A localized value: Chinese always, English when staff wrote it. */
export type Localized<T> = { en?: T | null; zh?: T | null } | null | undefined

/** The schema of a localized value whose languages each have the schema `value`. */
export const localized = <T extends z.ZodType>(value: T) => z.object({ en: value.nullish(), zh: value.nullish() }).partial().nullish()

/** A localized text field. */
export const localText = localized(z.string())
