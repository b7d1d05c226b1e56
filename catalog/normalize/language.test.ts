import { describe, expect, it } from 'vitest'

import { languageCode } from './language'

describe('languageCode', () => {
  it('keeps an ISO 639-2 bibliographic code as it is, without a word', () => {
    expect(languageCode('chi')).toEqual({ code: 'chi' })
    expect(languageCode('jpn')).toEqual({ code: 'jpn' })
    expect(languageCode('mul')).toEqual({ code: 'mul' })
  })

  it('repairs the codes exports give (issue #11: "chi.") and says how it read them', () => {
    expect(languageCode('chi.')).toEqual({ code: 'chi', problem: 'language "chi." read as "chi"' })
    expect(languageCode('CHI')).toMatchObject({ code: 'chi' })
    expect(languageCode(' eng ')).toMatchObject({ code: 'eng' })
  })

  it('maps ISO 639-1, terminology codes and language tags to the bibliographic code', () => {
    expect(languageCode('zh').code).toBe('chi')
    expect(languageCode('zho').code).toBe('chi')
    expect(languageCode('zh-CN').code).toBe('chi')
    expect(languageCode('zh_Hant').code).toBe('chi')
    expect(languageCode('fra').code).toBe('fre')
    expect(languageCode('de').code).toBe('ger')
    expect(languageCode('bo').code).toBe('tib')
  })

  it('reads what Chinese library systems write instead of a code', () => {
    expect(languageCode('chn').code).toBe('chi')
    expect(languageCode('中文').code).toBe('chi')
    expect(languageCode('英文').code).toBe('eng')
    expect(languageCode('Japanese').code).toBe('jpn')
  })

  it('takes the first language of a list, and of codes run together as old MARC21 records have them', () => {
    expect(languageCode('chi,eng').code).toBe('chi')
    expect(languageCode('sanengkan').code).toBe('san')
  })

  it('gives no code for a value that names no language, and says so (issue #11: "off,eax")', () => {
    expect(languageCode('off,eax')).toEqual({ problem: 'language "off,eax" is no ISO 639-2 code: left out' })
    expect(languageCode('xx')).toEqual({ problem: 'language "xx" is no ISO 639-2 code: left out' })
    expect(languageCode('000268479').code).toBeUndefined()
  })

  it('gives nothing, and says nothing, for undetermined languages and blanks', () => {
    for (const value of ['und', 'zxx', '   ', '|||', '']) expect(languageCode(value)).toEqual({})
  })
})
