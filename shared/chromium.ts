import { type Browser, chromium } from 'playwright-core'

import { chromiumPath } from './settings'

/**
 * Debian's Chromium, headless, with nothing reaching outside this machine: for the browser tests,
 * the benchmarks and the screenshot scripts. Never a browser downloaded at run time.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    executablePath: chromiumPath(),
  })
}
