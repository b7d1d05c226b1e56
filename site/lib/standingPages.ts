import type { MessageKey } from '../i18n'

/**
 * The CMS pages (Pages collection) that have an address of their own, `/<slug>/`, and the
 * parts of the site each links to. About has its own route, with the library's figures.
 */
export const STANDING_PAGES: Record<string, [MessageKey, string][]> = {
  'reading-rooms': [
    ['nav.visit', '/visit/'],
    ['nav.services', '/services/'],
    ['nav.branches', '/branches/'],
    ['nav.about', '/about/'],
  ],
  services: [
    ['nav.visit', '/visit/'],
    ['nav.readingRooms', '/reading-rooms/'],
    ['nav.branches', '/branches/'],
    ['nav.events', '/events/'],
  ],
}
