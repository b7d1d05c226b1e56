import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: relative paths in settings (`file:data/…`) are read from here, not from the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The `cms/` folder: the Payload app. */
export const cmsDir = path.join(projectRoot, 'cms')

/** Where the embedded database and uploads live (git-ignored). */
export const dataDir = path.join(projectRoot, 'data')

/**
 * The folder a command was typed in, which paths on its command line are read from: npm runs
 * scripts from the project root and passes that folder as `INIT_CWD`.
 */
export const typedInDir = (env: NodeJS.ProcessEnv = process.env): string => env.INIT_CWD ?? process.cwd()
