/**
 * One catalog record, read from the catalog's record data by the id in the address: where the
 * catalog has not written the record's page yet, the site's server answers its address with this.
 */
import { Fragment, useEffect, useState } from 'react'

import type { CatalogRecord } from '../../../catalog/contract'
import { loadRecord } from '../../client/catalogClient'
import { languageName, languageTag, ownLanguageNames, romanisedTag } from '../../../catalog/display/languageTags'
import { idOfSlug, recordPath } from '../../../catalog/display/recordAddress'

/** A line of a fact: text as the record gives it, or in its own script (880, `vernacular`). */
type Line = { own?: boolean; text: string }

const lines = (romanised: (string | undefined)[], own: (string | undefined)[] = []): Line[] => [
  ...romanised.filter((text): text is string => Boolean(text)).map((text) => ({ text })),
  ...own.filter((text): text is string => Boolean(text)).map((text) => ({ own: true, text })),
]

export default function CatalogRecordView({
  branches,
  catalogPath,
  text,
}: {
  branches: Record<string, string>
  catalogPath: string
  text: Record<string, string>
}) {
  const [record, setRecord] = useState<CatalogRecord | null | undefined>()

  useEffect(() => {
    // The old address, `?id=`, leads to the record page's own; on it, the id is in the address.
    const asked = new URLSearchParams(location.search).get('id')
    if (asked) return location.replace(recordPath(asked, document.documentElement.lang === 'en'))
    const slug = /\/catalog\/record\/([^/]+)\/$/.exec(location.pathname)?.[1]
    const id = slug === undefined ? undefined : idOfSlug(decodeURIComponent(slug))
    if (!id) return setRecord(null)
    loadRecord(id).then(setRecord, () => setRecord(null))
  }, [])

  useEffect(() => {
    if (record) document.title = `${record.vernacular?.title ?? record.title} · ${document.title}`
  }, [record])

  if (record === undefined) return <p role="status">{text.loading}</p>
  if (record === null) return <p className="notice">{text.recordMissing} <a href={catalogPath}>{text.back}</a></p>

  const { vernacular } = record
  // Romanised text is marked as such only beside its own script; otherwise it is the record's text.
  const romanisedLang = vernacular ? romanisedTag(record.language) : languageTag(record.language)
  const ownLang = languageTag(record.language)
  const facts: [string, Line[]][] = [
    [text.otherTitles!, lines(record.otherTitles ?? [], vernacular?.otherTitles)],
    [text.authors!, lines([record.authors.join('、')], [vernacular?.authors?.join('、')])],
    [text.publisher!, lines([record.publisher], [vernacular?.publisher])],
    [text.year!, lines([record.year ? String(record.year) : undefined])],
    [text.series!, lines([record.series?.join('；')])],
    [text.isbn!, lines([record.isbn.join(', ')])],
    [text.clc!, lines([record.clc ? [record.clc, record.clcClass && text[`class.${record.clcClass}`]].filter(Boolean).join(' · ') : undefined])],
    [text.subjects!, lines([record.subjects.join('；')])],
    [text.callNumber!, lines([record.callNumber])],
    [text.language!, lines([record.language ? languageName(record.language, document.documentElement.lang, ownLanguageNames(text)) : undefined])],
    [text.pinyin!, lines([record.titlePinyin])],
  ]
  return (
    <article className="catalog-record">
      <h2>
        <span lang={romanisedLang}>{record.title}</span>
        {vernacular?.title && <span className="vernacular" lang={ownLang} dir="auto">{vernacular.title}</span>}
      </h2>
      <dl className="facts">
        {facts
          .filter(([, value]) => value.length > 0)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>
                {value.map((line, n) => (
                  <span key={n} className="line" lang={line.own ? ownLang : undefined} dir={line.own ? 'auto' : undefined}>
                    {line.text}
                  </span>
                ))}
              </dd>
            </Fragment>
          ))}
      </dl>
      {record.holdings.length > 0 && (
        <table>
          <caption>{text.holdings}</caption>
          <thead>
            <tr>
              <th scope="col">{text.branch}</th>
              <th scope="col" className="number">{text.copies}</th>
            </tr>
          </thead>
          <tbody>
            {record.holdings.map((holding) => (
              <tr key={holding.branch}>
                <th scope="row">{branches[holding.branch] ?? holding.branch}</th>
                <td className="number">{holding.copies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><a href={catalogPath}>{text.back}</a></p>
    </article>
  )
}
