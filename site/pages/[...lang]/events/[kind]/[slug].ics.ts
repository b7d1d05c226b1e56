import type { APIRoute } from 'astro'

import type { Locale } from '../../../../i18n'
import { eventPaths } from '../../../../lib/eventRoutes'
import { eventsToIcs } from '../../../../lib/ical'
import type { SiteEvent } from '../../../../lib/model/events'

/** One event as an iCalendar file, to add it to a calendar: /events/lectures/<slug>.ics. */
export const getStaticPaths = eventPaths

export const GET: APIRoute<{ event: SiteEvent; locale: Locale }> = ({ props, site }) =>
  new Response(eventsToIcs([props.event], { locale: props.locale, site: site! }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
