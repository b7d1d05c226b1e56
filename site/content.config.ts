import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import { payloadCollection, payloadGlobal } from './lib/cms/loaders'
import { payloadMedia } from './lib/cms/media'
import { mediaCacheDir } from './lib/cms/mediaCacheDir'
import * as schema from './lib/cms/schemas'

export const collections = {
  chronicle: defineCollection({ loader: payloadCollection('chronicle'), schema: schema.chronicleEntry }),
  exhibitions: defineCollection({ loader: payloadCollection('exhibitions'), schema: schema.exhibition }),
  lectures: defineCollection({ loader: payloadCollection('lectures'), schema: schema.lecture }),
  media: defineCollection({ loader: payloadMedia(mediaCacheDir), schema: schema.media.extend({ file: z.string() }) }),
  libraryProfile: defineCollection({ loader: payloadGlobal('library-profile'), schema: schema.libraryProfile }),
  news: defineCollection({ loader: payloadCollection('news'), schema: schema.news }),
  openingHours: defineCollection({ loader: payloadGlobal('opening-hours'), schema: schema.openingHours }),
  pages: defineCollection({ loader: payloadCollection('pages'), schema: schema.page }),
  readingActivities: defineCollection({ loader: payloadCollection('reading-activities'), schema: schema.readingActivity }),
  servicePoints: defineCollection({ loader: payloadCollection('service-points'), schema: schema.servicePoint }),
  statistics: defineCollection({ loader: payloadGlobal('statistics'), schema: schema.statistics }),
  vanVisits: defineCollection({ loader: payloadCollection('van-visits'), schema: schema.vanVisit }),
}
