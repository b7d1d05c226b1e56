/**
 * Screenshots of the admin for the README: `npm run screenshots:admin -- http://localhost:3000`.
 * On a database without users it creates the first admin (librarian@example.org); otherwise
 * give an account with ADMIN_EMAIL and ADMIN_PASSWORD. Needs Debian's Chromium.
 */
import path from 'node:path'

import { chromium } from 'playwright-core'

import { projectRoot } from '../shared/paths'

const base = process.argv[2] ?? 'http://localhost:3000'
const outDir = path.join(projectRoot, 'docs', 'images')
const account = {
  email: process.env.ADMIN_EMAIL ?? 'librarian@example.org',
  password: process.env.ADMIN_PASSWORD ?? 'a long librarian password',
}

const firstUser = await fetch(`${base}/api/users/first-register`, {
  body: JSON.stringify({ ...account, name: '馆员' }),
  headers: { 'Content-Type': 'application/json' },
  method: 'POST',
})
console.log(firstUser.ok ? `Created the first admin, ${account.email}.` : `Logging in as ${account.email}.`)

const browser = await chromium.launch({
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  executablePath: '/usr/bin/chromium',
})
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
