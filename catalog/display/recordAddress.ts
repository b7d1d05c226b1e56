import { fnv1a64 } from '../search/fnv1a64'

/** Ids that are their own address: letters, digits, `.`, `_` and `-`, not starting with a dot. */
const PLAIN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/
/** A name a file system takes whole (255 bytes), with room for its `.html`. */
const LONGEST_SLUG = 240

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/**
 * The last part of a record page's address, and its file's name: the id itself when it is plain
 * (`LL0000000001`, `990002180740203961`), else `~` and the id's UTF-8 in base64url, which no
 * plain id starts with; an id too long for that, `~~` and the FNV-1a hash of it.
 */
export function recordSlug(id: string): string {
  if (PLAIN_ID.test(id)) return id
  const encoded = `~${base64url(id)}`
  if (encoded.length <= LONGEST_SLUG) return encoded
  const { high, low } = fnv1a64(id)
  return `~~${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`
}

/** The address of a record's page, in Chinese or English. */
export const recordPath = (id: string, english = false): string => `${english ? '/en' : ''}/catalog/record/${recordSlug(id)}/`

/** The id a slug stands for, or undefined when it cannot be told (a hashed one, or no slug at all). */
export function idOfSlug(slug: string): string | undefined {
  if (PLAIN_ID.test(slug)) return slug
  if (!slug.startsWith('~') || slug.startsWith('~~')) return undefined
  try {
    const binary = atob(slug.slice(1).replace(/-/g, '+').replace(/_/g, '/'))
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
  } catch {
    return undefined
  }
}
