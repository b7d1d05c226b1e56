/**
 * Runs the commands it reads on standard input, one `{ args, env }` JSON object per line, one at
 * a time, and prints each one's exit code and output as a `result: ` JSON line. Lets a test run
 * several commands inside one namespace (see smallDisk.ts).
 */
import { spawnSync } from 'node:child_process'
import readline from 'node:readline'

for await (const line of readline.createInterface({ input: process.stdin })) {
  const { args, env } = JSON.parse(line) as { args: string[]; env: Record<string, string> }
  const run = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`
  process.stdout.write(`result: ${JSON.stringify({ code: run.status, output })}\n`)
}
