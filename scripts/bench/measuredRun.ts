import path from 'node:path'

import { projectRoot } from '../../shared/paths'
import { spawnTied } from '../../shared/tiedSpawn'
import { ProcessTreeMemory } from './processMemory'

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')

/**
 * Runs a TypeScript command (`tsx args…`) as users run it, its output shown, and measures its
 * wall time and the memory peak of each kind of process it started (MiB); throws when it fails.
 */
export async function measuredRun(args: string[], env: NodeJS.ProcessEnv): Promise<{ peak: number; peaks: Record<string, number>; seconds: number }> {
  const started = performance.now()
  const child = spawnTied(tsx, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
  const memory = new ProcessTreeMemory(child.pid!)
  memory.start()
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  memory.stop()
  if (code !== 0) throw new Error(`${args.join(' ')} failed with exit code ${code}`)
  const peaks = memory.peaksByCommand()
  return { peak: Math.max(...Object.values(peaks)), peaks, seconds: (performance.now() - started) / 1000 }
}
