/** One catalog record, read from the catalog's record data by the id in the address. */
import { Fragment, useEffect, useState } from 'react'

import type { CatalogRecord } from '../../../catalog/contract'
import { loadRecord } from '../../client/catalogClient'

/** The language tag of a record's text, from its ISO 639-2 code. */
const LANGUAGE_TAGS: Record<string, string> = { chi: 'zh-CN', eng: 'en', jpn: 'ja', rus: 'ru' }

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
    const id = new URLSearchParams(location.search).get('id')
    if (!id) return setRecord(null)
    loadRecord(id).then(setRecord, () => setRecord(null))
  }, [])

  useEffect(() => {
    if (record) document.title = `${record.title} · ${document.title}`
  }, [record])

  if (record === undefined) return <p role="status">{text.loading}</p>
  if (record === null) return <p className="notice">{text.recordMissing} <a href={catalogPath}>{text.back}</a></p>

  const facts: [string, string | undefined][] = [
    [text.authors!, record.authors.join('、')],
    [text.publisher!, record.publisher],
    [text.year!, record.year ? String(record.year) : undefined],
    [text.isbn!, record.isbn.join(', ')],
    [text.clc!, record.clc ? [record.clc, record.clcClass && text[`class.${record.clcClass}`]].filter(Boolean).join(' · ') : undefined],
    [text.subjects!, record.subjects.join('；')],
    [text.callNumber!, record.callNumber],
    [text.language!, record.language ? (text[`lang.${record.language}`] ?? record.language) : undefined],
    [text.pinyin!, record.titlePinyin],
  ]
  return (
    <article className="catalog-record">
      <h2 lang={LANGUAGE_TAGS[record.language ?? ''] ?? undefined}>{record.title}</h2>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
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
