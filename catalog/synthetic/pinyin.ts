import { pinyin } from 'pinyin-pro'

const capitalize = (syllable: string) => syllable.charAt(0).toUpperCase() + syllable.slice(1)

/**
 * The pinyin of a title or name as CNMARC records write it in $A: syllables without tones,
 * each capitalised ("Zhong Guo Fa Zhan Bao Gao"); Latin letters and digits kept, Chinese
 * punctuation left out. Family names are read as family names (曾 Zeng, 单 Shan).
 */
export function pinyinOf(text: string, { name = false } = {}): string {
  return pinyin(text, { nonZh: 'consecutive', surname: name ? 'head' : 'off', toneType: 'none', type: 'array' })
    .map((syllable) => syllable.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .filter(Boolean)
    .map(capitalize)
    .join(' ')
}
