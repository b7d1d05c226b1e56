/**
 * The contract between the site's reading schemas (`schemas.ts`) and the CMS: every field a
 * schema reads must exist in the generated type of its collection or global
 * (`cms/payload-types.ts`), in groups, array rows and related documents too. A field renamed
 * or removed on one side only fails the type check (`npm run check`), naming the field.
 */
import type { z } from 'astro/zod'
import type { CollectionSlug, GlobalSlug } from 'payload'

import type { Config } from '../../../cms/payload-types'
import type { Locale } from '../../i18n'
import { payloadCollection, payloadGlobal } from './loaders'

/** The generated type of every collection and global, by slug. */
type CmsDocuments = Config['collections'] & Config['globals']

/** An object type's own keys, without index signatures (what a loose schema adds). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] } & string

/** The object part of a value that may also be null, a number (an unpopulated relation) or a string. */
type ObjectPart<T> = Extract<NonNullable<T>, object>

type IsAny<T> = 0 extends 1 & T ? true : false

/** The site reads a localized field as `{ zh, en }` where the CMS type has the value itself. */
type IsLocalized<T> = [KnownKeys<T>] extends [never] ? false : [KnownKeys<T>] extends [Locale] ? true : false

/**
 * The paths (`news.cover.alt`, `opening-hours.schedules.weekly.day`) of the fields that `Site`
 * reads and `Cms` lacks; `never` when there are none. Keys are compared where both sides are
 * objects: a localized value is compared language by language, array rows with array rows, a
 * relation with the related document, a plain value (text, number, date) not at all.
 */
export type MissingFields<Site, Cms, Path extends string> =
  IsAny<Cms> extends true
    ? never
    : [ObjectPart<Site>] extends [never]
      ? never
      : [ObjectPart<Site>] extends [readonly (infer Row)[]]
        ? [ObjectPart<Cms>] extends [readonly (infer CmsRow)[]]
          ? MissingFields<Row, CmsRow, Path>
          : Path
        : IsLocalized<ObjectPart<Site>> extends true
          ? MissingFields<ObjectPart<Site>[KnownKeys<ObjectPart<Site>> & Locale], Cms, Path>
          : [ObjectPart<Cms>] extends [never]
            ? `${Path}.${KnownKeys<ObjectPart<Site>>}`
            : {
                [K in KnownKeys<ObjectPart<Site>>]: K extends keyof ObjectPart<Cms>
                  ? MissingFields<ObjectPart<Site>[K], ObjectPart<Cms>[K], `${Path}.${K}`>
                  : `${Path}.${K}`
              }[KnownKeys<ObjectPart<Site>>]

/** The paths of the fields the schema reads that the CMS's collection or global `Slug` lacks. */
export type FieldsMissingInCms<Slug extends keyof CmsDocuments, Schema extends z.ZodType> = MissingFields<z.output<Schema>, CmsDocuments[Slug], Slug>

/** A schema that reads only fields the CMS has; otherwise a type whose error names the others. */
type Checked<Slug extends keyof CmsDocuments, Schema extends z.ZodType> = [FieldsMissingInCms<Slug, Schema>] extends [never]
  ? Schema
  : Schema & { 'fields the CMS does not have': FieldsMissingInCms<Slug, Schema> }

/** `schema`, which reads the CMS's collection or global `slug`: it compiles only when every field it reads exists there. */
export const cmsSchema = <Slug extends keyof CmsDocuments, Schema extends z.ZodType>(slug: Slug, schema: Checked<Slug, Schema>): Schema =>
  schema as Schema

/** A content collection holding the published documents of the CMS collection `slug`, read with a checked `schema`. */
export const cmsCollection = <Slug extends CollectionSlug, Schema extends z.ZodType>(slug: Slug, schema: Checked<Slug, Schema>) => ({
  loader: payloadCollection(slug),
  schema: cmsSchema<Slug, Schema>(slug, schema),
})

/** A content collection holding the published CMS global `slug` as its entry `global`, read with a checked `schema`. */
export const cmsGlobal = <Slug extends GlobalSlug, Schema extends z.ZodType>(slug: Slug, schema: Checked<Slug, Schema>) => ({
  loader: payloadGlobal(slug),
  schema: cmsSchema<Slug, Schema>(slug, schema),
})
