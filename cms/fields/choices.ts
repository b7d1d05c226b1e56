/**
 * The closed lists of the content model, each declared once: the CMS builds its select options
 * from them (with labels beside each collection), the site's schemas and models and the tests
 * read the same lists. No Payload import, so that the site and the browser load this file alone.
 */

/** News categories: notices from the library, and news about it. */
export const NEWS_CATEGORIES = ['announcement', 'news'] as const
export type NewsCategory = (typeof NEWS_CATEGORIES)[number]

/** The book van's "seven into" (七进) outreach, then visits to townships, in the order the library lists them. */
export const VAN_CATEGORIES = ['community', 'school', 'government', 'enterprise', 'village', 'army', 'family', 'township'] as const
export type VanCategory = (typeof VAN_CATEGORIES)[number]

/** The kinds of service point, in the order the network is described: from the central library out. */
export const SERVICE_POINT_KINDS = ['central', 'branch', 'village-bookshop', 'circulation-point', 'mobile-van'] as const
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number]

/** Membership of the borrow-anywhere-return-anywhere (通借通还) network: a member, in the pilot, or not. */
export const BORROW_ANYWHERE_STATUSES = ['member', 'pilot', 'no'] as const
export type BorrowAnywhere = (typeof BORROW_ANYWHERE_STATUSES)[number]

/** How a figure was given: as is, "about" (约) or "more than" (余, 多). */
export const QUALIFIERS = ['exact', 'about', 'over'] as const
export type Qualifier = (typeof QUALIFIERS)[number]

/** The days of a weekly schedule, Monday first as the week is printed in China. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** Whether the library opens on public holidays. */
export const HOLIDAY_RULES = ['open', 'closed'] as const
export type HolidayRule = (typeof HOLIDAY_RULES)[number]

/** The collections a chronicle entry may point to. */
export const CHRONICLE_RELATED = ['reading-activities', 'lectures', 'exhibitions', 'van-visits', 'news'] as const
export type ChronicleRelated = (typeof CHRONICLE_RELATED)[number]

/** Where a catalog import ends up: waiting its turn, running, waiting for an admin to confirm a large removal, or done one way or another. */
export const CATALOG_IMPORT_STATUSES = ['uploading', 'queued', 'running', 'awaiting-confirmation', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const
export type CatalogImportStatus = (typeof CATALOG_IMPORT_STATUSES)[number]

/** Where a catalog import's export came from. */
export const CATALOG_IMPORT_SOURCES = ['upload', 'folder', 'url', 'sru', 'sample'] as const
export type CatalogImportSource = (typeof CATALOG_IMPORT_SOURCES)[number]

/** A full export replaces the catalog; an incremental one adds, updates and deletes records. */
export const CATALOG_IMPORT_MODES = ['full', 'incremental'] as const
export type CatalogImportMode = (typeof CATALOG_IMPORT_MODES)[number]

/** Where the catalog's scheduled updates come from: nowhere, a folder the library system writes its export to, an address it offers it at, or its SRU server. */
export const CATALOG_SOURCE_KINDS = ['none', 'folder', 'url', 'sru'] as const
export type CatalogSourceKind = (typeof CATALOG_SOURCE_KINDS)[number]

/** Where the copies' status comes from on a schedule. */
export const AVAILABILITY_SOURCE_KINDS = ['none', 'folder', 'url'] as const
export type AvailabilitySourceKind = (typeof AVAILABILITY_SOURCE_KINDS)[number]
