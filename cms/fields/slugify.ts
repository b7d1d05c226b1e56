import { pinyin } from 'pinyin-pro'

const MAX_SLUG_LENGTH = 80

/**
 * A URL-safe slug for any text: Chinese becomes toneless pinyin (醴陵市图书馆 →
 * li-ling-shi-tu-shu-guan), accents are dropped, everything else that is not a letter or a
 * digit becomes a hyphen. Payload's own slugify deletes Chinese characters altogether.
 */
export function slugify(text: string): string {
  const latin = pinyin(text, { nonZh: 'consecutive', toneType: 'none', type: 'array' }).join(' ')
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
}

/** A slug that starts with the item's day, so that two events of the same name stay apart. */
export function datedSlug(text: string, day: string | undefined): string {
  const slug = slugify(text)
  if (!day || /^\d{4}-\d{2}-\d{2}/.test(slug)) return slug
  return `${day}-${slug}`.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '')
}
