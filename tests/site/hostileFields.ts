/**
 * The fields that get hostile text, found in the Payload config rather than listed by hand, so
 * that a new text field is covered as soon as it exists: every text, textarea and rich-text
 * field of every collection and global anonymous visitors may read, in groups and array rows
 * too. Left out are fields staff cannot type into (hidden or read-only), fields the public may
 * not read, fields marked `custom: { freeText: false }` (a slug: what is typed becomes pinyin),
 * and fields whose own validation refuses the hostile text (a time of day, a year and month).
 */
import { createLocalReq, type FlattenedField, type Payload, type PayloadRequest, type SanitizedCollectionConfig, type SanitizedGlobalConfig } from 'payload'

import { type HostileField, hostileValue } from './hostile'

/** A collection or global the public reads. */
export type PublicDocument = { collection: SanitizedCollectionConfig; global?: undefined } | { collection?: undefined; global: SanitizedGlobalConfig }

type Access = (args: { req: PayloadRequest }) => unknown
type Validate = (value: unknown, args: Record<string, unknown>) => Promise<string | true> | string | true

/** A request without a user, in the default language: how an anonymous visitor reads, how staff write Chinese first. */
export const anonymousRequest = (payload: Payload): Promise<PayloadRequest> => createLocalReq({ locale: 'zh' }, payload)

const readableBy = async (req: PayloadRequest, access: unknown) => typeof access !== 'function' || Boolean(await (access as Access)({ req }))

/**
 * Whether a field's own validation accepts `value` at `key`, called as Payload calls it when a
 * document is saved: with the field's settings, the request and the data around the value.
 */
export async function accepts(field: FlattenedField, value: unknown, key: string, req: PayloadRequest, siblingData: Record<string, unknown> = {}): Promise<boolean> {
  if (!('validate' in field) || typeof field.validate !== 'function') return true
  const args = { ...field, data: siblingData, event: 'submit', operation: 'update', path: key.split('.').slice(1), preferences: { fields: {} }, req, siblingData }
  return (await (field.validate as Validate)(value, args)) === true
}

/** The collections and globals anonymous visitors may read (what is published), in the config's order. */
export async function publicDocuments(payload: Payload): Promise<PublicDocument[]> {
  const req = await anonymousRequest(payload)
  const documents: PublicDocument[] = [
    ...payload.config.collections.map((collection) => ({ collection })),
    ...payload.config.globals.map((global) => ({ global })),
  ]
  const readable = await Promise.all(documents.map((document) => readableBy(req, (document.collection ?? document.global).access.read)))
  return documents.filter((_, index) => readable[index])
}

/** The slug of a collection or global. */
const slugOf = (document: PublicDocument): string => (document.collection ?? document.global).slug

/** The fields of a collection or global, with rows and collapsibles flattened away. */
const fieldsOf = (document: PublicDocument): FlattenedField[] => (document.collection ?? document.global).flattenedFields

type TextField = Extract<FlattenedField, { type: HostileField['kind'] }>

const isText = (field: FlattenedField): field is TextField => field.type === 'text' || field.type === 'textarea' || field.type === 'richText'

async function takesHostileText(field: TextField, key: string, req: PayloadRequest): Promise<boolean> {
  if (field.admin?.hidden || field.admin?.readOnly || field.admin?.disabled) return false
  if (field.custom?.freeText === false) return false
  if (!(await readableBy(req, field.access?.read))) return false
  if (field.type === 'richText') return true
  return accepts(field, hostileValue({ key, kind: field.type }, { hasMany: 'hasMany' in field && field.hasMany === true }), key, req)
}

async function textFieldsIn(fields: FlattenedField[], prefix: string, req: PayloadRequest): Promise<HostileField[]> {
  const found: HostileField[] = []
  for (const field of fields) {
    const key = `${prefix}.${field.name}`
    if (field.type === 'blocks') throw new Error(`${key}: blocks get no hostile text yet; teach hostileFields.ts and hostileContent.ts about them.`)
    if (field.type === 'array' || field.type === 'group' || field.type === 'tab') found.push(...(await textFieldsIn(field.flattenedFields, key, req)))
    else if (isText(field) && (await takesHostileText(field, key, req))) found.push({ key, kind: field.type })
  }
  return found
}

/** Every text field of the public collections and globals that gets hostile text, keyed `<collection or global>.<path>`. */
export async function hostileFields(payload: Payload): Promise<HostileField[]> {
  const req = await anonymousRequest(payload)
  const perDocument = await Promise.all((await publicDocuments(payload)).map((document) => textFieldsIn(fieldsOf(document), slugOf(document), req)))
  return perDocument.flat()
}
