import fs from 'node:fs'
import path from 'node:path'

/**
 * Points the symlink `link` at `target` in one atomic step: a new link is made beside it and
 * renamed over the old one, so a reader sees either the old target or the new, never neither.
 * The link is relative, so the folder holding both can be moved.
 */
export function swapSymlink(link: string, target: string): void {
  const next = `${link}.next-${process.pid}`
  fs.rmSync(next, { force: true })
  fs.symlinkSync(path.relative(path.dirname(link), target), next)
  fs.renameSync(next, link)
}
