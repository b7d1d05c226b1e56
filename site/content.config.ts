import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import { cmsCollection, cmsGlobal, cmsSchema } from './lib/cms/contract'
import { payloadMedia } from './lib/cms/media'
import { mediaCacheDir } from './lib/cms/mediaCacheDir'
import * as schema from './lib/cms/schemas'

export const collections = {
  chronicle: defineCollection(cmsCollection('chronicle', schema.chronicleEntry)),
  exhibitions: defineCollection(cmsCollection('exhibitions', schema.exhibition)),
  lectures: defineCollection(cmsCollection('lectures', schema.lecture)),
  media: defineCollection({ loader: payloadMedia(mediaCacheDir), schema: cmsSchema('media', schema.media).extend({ file: z.string() }) }),
  libraryProfile: defineCollection(cmsGlobal('library-profile', schema.libraryProfile)),
  news: defineCollection(cmsCollection('news', schema.news)),
  openingHours: defineCollection(cmsGlobal('opening-hours', schema.openingHours)),
  pages: defineCollection(cmsCollection('pages', schema.page)),
  readingActivities: defineCollection(cmsCollection('reading-activities', schema.readingActivity)),
  servicePoints: defineCollection(cmsCollection('service-points', schema.servicePoint)),
  statistics: defineCollection(cmsGlobal('statistics', schema.statistics)),
  vanVisits: defineCollection(cmsCollection('van-visits', schema.vanVisit)),
}
