/**
 * Screenshots of the admin for the README:
 * `npm run screenshots:admin -- http://localhost:3000 [--email E --password P]`. On a database
 * without users it creates the first admin (librarian@example.org); otherwise give an account.
 * Needs Debian's Chromium.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { launchChromium } from '../shared/chromium'
import { projectRoot } from '../shared/paths'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { default: 'librarian@example.org', type: 'string' }, password: { default: 'a long librarian password', type: 'string' } },
})
const base = positionals[0] ?? 'http://localhost:3000'
const outDir = path.join(projectRoot, 'docs', 'images')
const account = { email: values.email, password: values.password }

const firstUser = await fetch(`${base}/api/users/first-register`, {
  body: JSON.stringify({ ...account, name: '馆员' }),
  headers: { 'Content-Type': 'application/json' },
  method: 'POST',
})
console.log(firstUser.ok ? `Created the first admin, ${account.email}.` : `Logging in as ${account.email}.`)

const browser = await launchChromium()
try {
  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { height: 900, width: 1440 } })
  await page.goto(`${base}/admin/login`)
  await page.fill('input[name="email"]', account.email)
  await page.fill('input[name="password"]', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)

  const shots: [string, string][] = [
    ['admin-dashboard', '/admin?locale=zh'],
    ['admin-lectures', '/admin/collections/lectures?locale=en&limit=25'],
  ]
  for (const [name, url] of shots) {
    await page.goto(`${base}${url}`)
    await page.waitForLoadState('networkidle')
    const file = path.join(outDir, `${name}.png`)
    await page.screenshot({ path: file })
    console.log(`Wrote ${path.relative(projectRoot, file)}`)
  }
} finally {
  await browser.close()
}
