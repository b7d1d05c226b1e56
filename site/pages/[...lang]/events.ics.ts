import type { APIRoute } from 'astro'

import { t, type Locale } from '../../i18n'
import { eventsToIcs } from '../../lib/ical'
import { localePaths } from '../../lib/locale'
import { loadEvents } from '../../lib/model/events'

/** Every event in one calendar to subscribe to, per language: /events.ics and /en/events.ics. */
export const getStaticPaths = localePaths

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) =>
  new Response(eventsToIcs(await loadEvents(locale), { locale, name: `${t(locale, 'site.name')} · ${t(locale, 'events.title')}`, site: site! }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
