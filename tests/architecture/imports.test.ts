/**
 * The layout of docs/architecture.md, held against the code: which top-level folder may import
 * which, what the browser code may import, and no import cycle among the project's files.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../shared/paths'

/** Who may import whom (docs/architecture.md): dependencies point one way. */
const MAY_IMPORT: Record<string, string[]> = {
  '(root)': ['catalog', 'publishing', 'shared', 'site'],
  catalog: ['shared'],
  cms: ['catalog', 'publishing', 'shared'],
  publishing: ['shared'],
  // Benchmarks reuse the whole-system tests' harness (tests/publish/system.ts).
  scripts: ['catalog', 'cms', 'publishing', 'shared', 'site', 'tests'],
  shared: [],
  site: ['catalog', 'cms', 'publishing', 'shared'],
}
/**
 * What ships to the browser imports only what can run there: itself, the pure declarations of the
 * catalog's data and the content's closed lists, the catalog index's reader (catalog/search/) and
 * what shows a record (catalog/display/).
 */
const BROWSER_CODE = 'site/client/'
const BROWSER_MAY_IMPORT = [BROWSER_CODE, 'catalog/contract.ts', 'catalog/display/', 'catalog/marc/iso2709Writer.ts', 'catalog/marc/marcxmlWriter.ts', 'catalog/marc/types.ts', 'catalog/search/', 'cms/fields/choices.ts']

const SOURCE = /\.(ts|tsx|mts|mjs|astro)$/
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.astro', '.json', '/index.ts']

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return ['node_modules', '.next', 'fixtures'].includes(entry.name) ? [] : sourceFiles(file)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : []
  })
}

/** Every project file's imports of other project files, resolved to paths from the project root. */
function importGraph(): Map<string, string[]> {
  const files = [...Object.keys(MAY_IMPORT).filter((dir) => dir !== '(root)').flatMap(sourceFiles), 'astro.config.mjs', 'vitest.config.ts']
  return new Map(
    files.map((file) => {
      const text = fs.readFileSync(path.join(projectRoot, file), 'utf8')
      const targets = [...text.matchAll(IMPORT)].flatMap(([, spec]) => {
        const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!))
        const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => fs.statSync(path.join(projectRoot, candidate), { throwIfNoEntry: false })?.isFile())
        return found ? [found] : []
      })
      return [file, targets]
    }),
  )
}

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '(root)')

const graph = importGraph()

describe('the layout', () => {
  it('has each folder import only the folders it may (docs/architecture.md)', () => {
    expect(graph.size).toBeGreaterThan(300)
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => folderOf(target) !== folderOf(file) && !(MAY_IMPORT[folderOf(file)] ?? []).includes(folderOf(target))).map((target) => `${file} → ${target}`),
    )
    expect(wrong).toEqual([])
  })

  it('has the code that ships to the browser import only what runs there, however indirectly', () => {
    const shipped = [...graph.keys()].filter((file) => file.startsWith(BROWSER_CODE) && !file.endsWith('.test.ts'))
    expect(shipped.length).toBeGreaterThan(3)
    const wrong: string[] = []
    for (let i = 0; i < shipped.length; i += 1) {
      for (const target of graph.get(shipped[i]!) ?? []) {
        if (!BROWSER_MAY_IMPORT.some((allowed) => target.startsWith(allowed))) wrong.push(`${shipped[i]} → ${target}`)
        else if (!shipped.includes(target)) shipped.push(target)
      }
    }
    expect(wrong).toEqual([])
  })

  it('has no import cycle', () => {
    const cycles: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '))
        return
      }
      state.set(file, 'visiting')
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of graph.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })
})
