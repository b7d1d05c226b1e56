import type { ServerProps } from 'payload'

import { hasStaffRole } from '../access/roles'
import { type Bilingual, inLanguageOf } from '../fields/labels'

type Pending = { href: string; text: Bilingual }

/**
 * Shown on top of the admin's dashboard: the facts the seed could not take from its source
 * (opening times, street address, telephone) until staff confirm or fill them in.
 */
export async function PendingConfirmations({ i18n, payload, user }: ServerProps) {
  if (!hasStaffRole(user as Parameters<typeof hasStaffRole>[0])) return null
  const [hours, profile] = await Promise.all([
    payload.findGlobal({ slug: 'opening-hours', depth: 0, draft: true }),
    payload.findGlobal({ slug: 'library-profile', depth: 0, draft: true }),
  ])
  const pending: Pending[] = []
  const unconfirmed = (hours.schedules ?? []).filter((schedule) => !schedule.timesConfirmed)
  if (unconfirmed.length > 0) {
    pending.push({
      href: '/admin/globals/opening-hours',
      text: {
        en: `Opening times of ${unconfirmed.length} schedule(s) are placeholders: check them and tick "Times confirmed by staff".`,
        zh: `${unconfirmed.length} 个开放时间表中的时间是占位值：请核实后勾选“时间已由工作人员确认”。`,
      },
    })
  }
  if (!profile.contact?.streetAddress || !profile.contact?.phone) {
    pending.push({
      href: '/admin/globals/library-profile',
      text: { en: 'The street address or telephone number is missing.', zh: '图书馆概况中缺少门牌地址或联系电话。' },
    })
  }
  if (pending.length === 0) return null

  const req = { i18n }
  return (
    <section className="pending-confirmations" aria-labelledby="pending-confirmations-title">
      <h2 id="pending-confirmations-title">{inLanguageOf(req, { en: 'Waiting for staff to confirm', zh: '待工作人员确认' })}</h2>
      <ul>
        {pending.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{inLanguageOf(req, item.text)}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
