import { ILLUSTRATED_NEWS } from './fixtures'

/** One page of each template, Chinese addresses; the English ones are the same under /en. */
export const TEMPLATES = [
  '/',
  '/news/',
  `/news/${ILLUSTRATED_NEWS.slug}/`,
  '/events/',
  '/events/lectures/month/2014-12/',
  '/events/exhibitions/2014-03-29-childrens-painting/',
  '/lectures/',
  '/book-van/',
  '/chronicle/',
  '/visit/',
  '/branches/',
  '/services/',
  '/reading-rooms/',
  '/about/',
  '/report/',
  '/report/2014/',
  '/search/',
  '/catalog/',
  '/catalog/browse/',
  '/catalog/new/',
  // Record pages, written by the catalog's import: a CNMARC record, and a MARC21 one in pinyin with its characters (880).
  '/catalog/record/990002180740203961/',
  '/catalog/record/2009373513/',
  '/404.html',
]
