import { access, copyFile } from 'node:fs/promises'

import type { AstroIntegration } from 'astro'

const exists = (url: URL) =>
  access(url).then(
    () => true,
    () => false,
  )

/**
 * Copies each not-found page from `404/index.html` to `404.html` (at the root and in every
 * locale's folder), the name static hosts serve for a missing address. Astro gives that name
 * only to a plain `/404` route, not to one under `[...lang]`. The folder copy stays, so the
 * page's own links (canonical, language switch) still lead somewhere.
 */
export async function copyErrorPages(outDir: URL, localeFolders: string[]): Promise<string[]> {
  const copied: string[] = []
  for (const folder of localeFolders) {
    const page = new URL(`${folder}404/index.html`, outDir)
    if (!(await exists(page))) continue
    await copyFile(page, new URL(`${folder}404.html`, outDir))
    copied.push(`/${folder}404.html`)
  }
  return copied
}

/** The integration that runs copyErrorPages after the build; `localeFolders` like `['', 'en/']`. */
export function errorPages(localeFolders: string[]): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const copied = await copyErrorPages(dir, localeFolders)
        if (copied.length > 0) logger.info(`not-found pages at ${copied.join(', ')}`)
      },
    },
    name: 'liling-error-pages',
  }
}
