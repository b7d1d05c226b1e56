/**
 * Interface strings: one file per locale of flat dotted keys, each checked against the
 * Chinese file by a strict schema, so a key missing in either language fails the build.
 */
import { z } from 'astro/zod'

import { fillTemplate } from '../client/template'
import en from './en.json'
import zh from './zh-CN.json'

export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export type MessageKey = keyof typeof zh

const messagesSchema = z.strictObject(
  Object.fromEntries(Object.keys(zh).map((key) => [key, z.string().min(1)])) as Record<MessageKey, z.ZodString>,
)

const messages: Record<Locale, Record<MessageKey, string>> = {
  en: messagesSchema.parse(en),
  zh: messagesSchema.parse(zh),
}

/** The interface string `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(messages[locale][key], values)
}

/** A translator bound to one locale, for components. */
export const translator = (locale: Locale) => (key: MessageKey, values?: Record<string, string | number>) => t(locale, key, values)
