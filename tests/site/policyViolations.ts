import type { BrowserContext, Page } from 'playwright-core'

declare global {
  interface Window {
    __policyViolations?: string[]
  }
}

/**
 * Records, from before any script of the page runs, every Content-Security-Policy violation the
 * browser reports in the pages of `context`: what was blocked and by which directive.
 */
export async function watchPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__policyViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__policyViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`)
    })
  })
}

/** The violations recorded in `page` so far (see watchPolicyViolations). */
export const policyViolations = (page: Page): Promise<string[]> => page.evaluate(() => window.__policyViolations ?? ['not watched'])
