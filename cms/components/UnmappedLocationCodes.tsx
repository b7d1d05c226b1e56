import type { ServerProps } from 'payload'

import { unmappedLocationCodes } from '../../catalog/locationCodes'
import { catalogDir } from '../../shared/settings'
import { inLanguageOf } from '../fields/labels'

/** Codes listed at most: a catalog whose codes were never mapped would otherwise fill the dashboard. */
const SHOWN = 20

/**
 * Shown on the dashboard while the live catalog has copies at location codes that no published
 * service point lists: the catalog shows those copies under the bare code until staff add it
 * to a service point's "Location codes".
 */
export async function UnmappedLocationCodes({ i18n, payload }: ServerProps) {
  const points = await payload.find({ collection: 'service-points', depth: 0, limit: 0, pagination: false, select: { locationCodes: true, slug: true } })
  const unmapped = unmappedLocationCodes(catalogDir(), points.docs)
  if (unmapped.length === 0) return null

  const req = { i18n }
  const count = (records: number) =>
    inLanguageOf(req, { en: `${records.toLocaleString('en')} record${records === 1 ? '' : 's'}`, zh: `${records.toLocaleString('zh-CN')} 条书目` })
  const more = unmapped.length - SHOWN
  return (
    <section className="unmapped-location-codes" aria-labelledby="unmapped-location-codes-title">
      <h2 id="unmapped-location-codes-title">{inLanguageOf(req, { en: 'Location codes without a service point', zh: '未对应服务网点的馆藏地代码' })}</h2>
      <p>
        {inLanguageOf(req, {
          en: 'The catalog shows copies at these codes by the code alone. Add each code to the "Location codes" of its service point: ',
          zh: '馆藏目录中这些代码下的馆藏只显示代码。请在对应服务网点的“馆藏地代码”中填写：',
        })}
        <a href="/admin/collections/service-points">{inLanguageOf(req, { en: 'Service points', zh: '服务网点' })}</a>
      </p>
      <ul>
        {unmapped.slice(0, SHOWN).map(({ code, records }) => (
          <li key={code}>
            <code>{code}</code> ({count(records)})
          </li>
        ))}
      </ul>
      {more > 0 && <p>{inLanguageOf(req, { en: `and ${more} more`, zh: `另有 ${more} 个代码` })}</p>}
    </section>
  )
}
