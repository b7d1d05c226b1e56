import type { Browser, BrowserContext, Page } from 'playwright-core'

export { launchChromium } from '../../shared/chromium'

/** A visitor's browser: a phone or a desktop, with or without JavaScript, at a fixed time if given. */
export async function visitor(
  browser: Browser,
  { javaScript = true, now, phone = false }: { javaScript?: boolean; now?: Date; phone?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    locale: 'zh-CN',
    viewport: phone ? { height: 844, width: 390 } : { height: 900, width: 1280 },
  })
  if (now) await context.clock.setFixedTime(now)
  return { context, page: await context.newPage() }
}
