import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Where a build keeps the CMS images it publishes, beside Astro's cache: builds with their own
 * `ASTRO_CACHE_DIR` (tests, previews) never touch each other's images.
 */
export const mediaCacheDir = path.resolve(projectRoot, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro', 'cms-media')
