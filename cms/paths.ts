import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The `cms/` folder. */
export const cmsDir = path.dirname(fileURLToPath(import.meta.url))

/** The repository root: relative paths in settings (`file:data/…`) are read from here, not from the working directory. */
export const projectRoot = path.resolve(cmsDir, '..')

/** Where the embedded database and uploads live (git-ignored). */
export const dataDir = path.join(projectRoot, 'data')
