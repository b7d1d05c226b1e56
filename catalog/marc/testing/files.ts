/** Test-only helpers: the MARC fixtures of tests/fixtures/marc/, temporary files, and reading a whole generator. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'

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

/** A zip archive of one file, deflated: the few bytes of its headers written by hand, for tests of what an archive holds. */
export function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 })
  const fileName = Buffer.from(name)
  const crc = crc32(content)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(fileName.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(fileName.length, 28)
  const centralOffset = local.length + fileName.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + fileName.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return Buffer.concat([local, fileName, data, central, fileName, end])
}
