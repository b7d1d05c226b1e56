/** Test-only helpers: the MARC fixtures of tests/fixtures/marc/, temporary files, and reading a whole generator. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The path of a fixture in tests/fixtures/marc/. */
export const fixture = (name: string): string => new URL(`../../../tests/fixtures/marc/${name}`, import.meta.url).pathname

/** The bytes of a fixture. */
export const fixtureBytes = (name: string): Buffer => readFileSync(fixture(name))

let directory: string | undefined

/** Writes `content` to a new file in a temporary folder and returns its path. */
export function temporaryFile(name: string, content: Buffer | string): string {
  directory ??= mkdtempSync(join(tmpdir(), 'catalog-marc-'))
  const path = join(directory, name)
  writeFileSync(path, content)
  return path
}

/** Every result of an async generator, in order. */
export async function readAll<T>(results: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const result of results) all.push(result)
  return all
}
