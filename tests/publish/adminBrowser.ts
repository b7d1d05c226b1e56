import type { Browser, Page } from 'playwright-core'

/** A member of staff signed in to the admin in Chromium, in Beijing time as the library's staff are. */
export async function signedInAdmin(browser: Browser, cmsUrl: string, email: string, password = 'a long librarian password'): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { height: 900, width: 1440 } })
  const page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}
