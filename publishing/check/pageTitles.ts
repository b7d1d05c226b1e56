import { parse } from 'node-html-parser'

/**
 * The elements whose whole text a page shows as a title: its <title>, headings, links, table
 * headers and captions, and the terms of description lists (the schedules and event facts).
 */
const TITLE_ELEMENTS = 'title, h1, h2, h3, h4, h5, h6, a, th, caption, dt, figcaption, summary, legend'

/** The titles a built page shows, each as the text of one element, entities decoded. */
export const pageTitles = (html: string): string[] => parse(html).querySelectorAll(TITLE_ELEMENTS).map((element) => element.textContent)
