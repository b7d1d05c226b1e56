import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { CatalogImports } from './collections/CatalogImports'
import { Chronicle } from './collections/Chronicle'
import { contentStaffOnly } from './collections/contentStaffOnly'
import { catalogImporter, startCatalogImporter } from './catalog/catalogImporter'
import { checkCatalogSources } from './catalog/catalogSources'
import { CatalogSources } from './globals/CatalogSources'
import { Exhibitions } from './collections/Exhibitions'
import { Lectures } from './collections/Lectures'
import { Media } from './collections/Media'
import { tracksMediaUse, tracksMediaUseGlobal } from './collections/Media/hooks/tracksMediaUse'
import { MAX_UPLOAD_BYTES } from './collections/Media/hooks/refuseOversizedUpload'
import { syncMediaUse } from './collections/Media/mediaUse'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { ReadingActivities } from './collections/ReadingActivities'
import { ServicePoints } from './collections/ServicePoints'
import { SiteBuilds } from './collections/SiteBuilds'
import { Users } from './collections/Users'
import { VanVisits } from './collections/VanVisits'
import { databaseAdapter } from './database'
import { readCmsSettings, runsJobs } from '../shared/settings'
import { LibraryProfile } from './globals/LibraryProfile'
import { OpeningHours } from './globals/OpeningHours'
import { Statistics } from './globals/Statistics'
import { countFailedLogins } from './hooks/countFailedLogins'
import { migrateEmbeddedDatabase } from './hooks/migrateEmbeddedDatabase'
import { sameAnswerForRefusedLogins } from './hooks/sameAnswerForRefusedLogins'
import { cmsDir } from '../shared/paths'
import { stripControlCharacters } from './plugins/stripControlCharacters'
import { rebuildsSite, rebuildsSiteGlobal } from './publishing/rebuildOnPublish'
import { startSitePublisher } from './publishing/sitePublisher'
import { createPrivateFolder } from '../shared/privateFiles'

const env = readCmsSettings()

export default buildConfig({
  admin: {
    // Gravatar would send staff e-mail hashes to a third party, and is unreachable from many library networks.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/SiteStatus#SiteStatus',
        '/components/PendingConfirmations#PendingConfirmations',
        '/components/CatalogStatus#CatalogStatus',
        '/components/UnmappedLocationCodes#UnmappedLocationCodes',
      ],
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js') },
    meta: { titleSuffix: ' · 醴陵市图书馆' },
    user: Users.slug,
  },
  collections: [
    ...[News, Lectures, Exhibitions, VanVisits, ReadingActivities, Chronicle, ServicePoints, Pages, Media].map(tracksMediaUse).map(rebuildsSite).map(contentStaffOnly),
    Users,
    contentStaffOnly(SiteBuilds),
    CatalogImports,
  ],
  // Browsers may call the API, and use a staff login, only from these origins (the CMS's own and ALLOWED_ORIGINS).
  cors: env.allowedOrigins,
  csrf: env.allowedOrigins,
  db: databaseAdapter(env.databaseUri),
  editor: lexicalEditor(),
  globals: [...[LibraryProfile, OpeningHours, Statistics].map(tracksMediaUseGlobal).map(rebuildsSiteGlobal).map(contentStaffOnly), CatalogSources],
  hooks: { afterError: [countFailedLogins, sameAnswerForRefusedLogins] },
  i18n: { fallbackLanguage: 'zh', supportedLanguages: { en, zh } },
  jobs: {
    // Publishes scheduled content on time, polling every 10 s. Only the long-running server polls; scripts and tests do not.
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default' }],
    shouldAutoRun: () => runsJobs(),
    tasks: [
      {
        // Every minute; each source says how often it is really checked (the catalog-sources global).
        handler: async ({ req }) => {
          const importer = catalogImporter()
          if (importer) await checkCatalogSources(req.payload, importer)
          return { output: {} }
        },
        retries: 0,
        schedule: [{ cron: '0 * * * * *', queue: 'default' }],
        slug: 'checkCatalogSources',
      },
    ],
  },
  localization: {
    defaultLocale: 'zh',
    fallback: true,
    locales: [
      { code: 'zh', label: '中文' },
      { code: 'en', label: 'English' },
    ],
  },
  onInit: async (payload) => {
    // Before Payload would make it on the first upload, readable by everyone: it holds images of unpublished work too.
    createPrivateFolder(env.mediaDir)
    await migrateEmbeddedDatabase(payload)
    // Before the first build: the site reads images as the public does.
    await syncMediaUse(payload)
    await startSitePublisher(payload)
    await startCatalogImporter(payload)
  },
  plugins: [stripControlCharacters],
  secret: env.payloadSecret,
  serverURL: env.serverUrl,
  sharp,
  // Types are written by `npm run generate` only, never as a side effect of a start or a test.
  typescript: { autoGenerate: false, outputFile: path.join(cmsDir, 'payload-types.ts') },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
})
