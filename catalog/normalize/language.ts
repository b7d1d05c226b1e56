import { iso6392 } from 'iso-639-2'

/**
 * Every ISO 639-2 code as the bibliographic code MARC uses (`chi`, `fre`, `ger`), found by
 * itself, by its terminology code (`zho`, `fra`, `deu`) and by its ISO 639-1 code (`zh`).
 */
const CODES = new Map<string, string>()
for (const { iso6392B } of iso6392) CODES.set(iso6392B, iso6392B)
for (const { iso6391, iso6392B, iso6392T } of iso6392) {
  for (const other of [iso6392T, iso6391]) if (other !== undefined && !CODES.has(other)) CODES.set(other, iso6392B)
}

/**
 * What Chinese library systems write instead of a code. `ch` and `kr` are ISO 639-1 codes of
 * Chamorro and Kanuri, but in a Chinese public library they mean Chinese and Korean.
 */
const VARIANTS: Record<string, string> = {
  ch: 'chi',
  chinese: 'chi',
  chn: 'chi',
  chs: 'chi',
  cht: 'chi',
  cn: 'chi',
  english: 'eng',
  french: 'fre',
  german: 'ger',
  jap: 'jpn',
  japanese: 'jpn',
  korean: 'kor',
  kr: 'kor',
  russian: 'rus',
  中文: 'chi',
  汉语: 'chi',
  英文: 'eng',
  英语: 'eng',
  日文: 'jpn',
  日语: 'jpn',
  韩文: 'kor',
  朝鲜文: 'kor',
  俄文: 'rus',
  法文: 'fre',
  德文: 'ger',
}

/**
 * Codes that say there is no language to offer as a filter: undetermined, no linguistic
 * content, uncoded, and the blanks and fill characters of MARC21 008.
 */
const NO_LANGUAGE = /^(und|zxx|mis|\s*|\|+|#+)$/u

/** A language code as read: the ISO 639-2 code, and what was wrong with the value when it was not one already. */
export type LanguageReading = { code?: string; problem?: string }

/** One part of a value: a code, a language tag (`zh-CN`), or a name. */
function codeOf(part: string): string | undefined {
  const primary = part.split(/[-_]/u)[0] ?? ''
  const known = VARIANTS[part] ?? VARIANTS[primary] ?? CODES.get(primary)
  if (known !== undefined) return known
  // Old MARC21 records run several codes together in one 041$a ("sanengkan").
  return /^([a-z]{3}){2,}$/u.test(primary) ? CODES.get(primary.slice(0, 3)) : undefined
}

/**
 * The ISO 639-2 (bibliographic) code of a language as a library system exports it: `chi`
 * stays, `chi.` `CHI` `zh` `zho` `zh-CN` `chn` and `中文` become `chi`; of a list (`chi,eng`)
 * the first language is taken. A value that names no language gives no code and says why;
 * "undetermined" and blanks give none and say nothing.
 */
export function languageCode(value: string): LanguageReading {
  const given = value.trim()
  if (NO_LANGUAGE.test(given.toLowerCase())) return {}
  const parts = given
    .toLowerCase()
    .split(/[\s,;/|+&、，；]+/u)
    .map((part) => part.replace(/[^\p{L}_-]/gu, ''))
    .filter(Boolean)
  for (const part of parts) {
    const code = codeOf(part)
    if (code !== undefined) return code === given ? { code } : { code, problem: `language "${given}" read as "${code}"` }
  }
  return { problem: `language "${given}" is no ISO 639-2 code: left out` }
}
