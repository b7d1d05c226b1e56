import path from 'node:path'

import { astroCacheDir } from '../../../shared/settings'

/**
 * Where a build keeps the CMS images it publishes, beside Astro's cache: builds with their own
 * `ASTRO_CACHE_DIR` (tests, previews) never touch each other's images.
 */
export const mediaCacheDir = path.join(astroCacheDir(), 'cms-media')
