/**
 * Screenshots of the public site's home page for the README, on a phone and on a desktop, in
 * both languages: `npm run screenshots:site -- http://localhost:4321`. Needs Debian's Chromium.
 */
import path from 'node:path'


import { projectRoot } from '../shared/paths'
import { launchChromium } from '../shared/chromium'

const base = process.argv[2] ?? 'http://localhost:4321'
const devices = {
  desktop: { deviceScaleFactor: 1, viewport: { height: 900, width: 1280 } },
  phone: { deviceScaleFactor: 2, isMobile: true, viewport: { height: 844, width: 390 } },
}

const browser = await launchChromium()
try {
  for (const [device, options] of Object.entries(devices)) {
    const page = await browser.newPage(options)
    for (const [language, url] of [
      ['zh', '/'],
      ['en', '/en/'],
    ]) {
      await page.goto(`${base}${url}`)
      const file = path.join(projectRoot, 'docs', 'images', `site-home-${language}-${device}.png`)
      await page.screenshot({ path: file })
      console.log(`Wrote ${path.relative(projectRoot, file)}`)
    }
  }
} finally {
  await browser.close()
}
