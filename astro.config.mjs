// The public website (issue #3): a static, bilingual Astro site built from the CMS.
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

export default defineConfig({
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  integrations: [react()],
  outDir: './dist',
  output: 'static',
  publicDir: './public',
  srcDir: './site',
})
