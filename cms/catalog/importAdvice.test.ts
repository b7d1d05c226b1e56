import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { importCatalog } from '../../catalog/importCatalog'
import { readExport } from '../../catalog/readExport'
import { settledFiles } from '../../catalog/sources/folderExports'
import { harvestSru } from '../../catalog/sru/harvestSru'
import { freePort } from '../../shared/freePort'
import { projectRoot } from '../../shared/paths'
import { importAdvice } from './importAdvice'

const marc = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'marc', name)

/** The message an import of `files` fails with, as the importer records it. */
async function failure(files: string[], options: { dir?: string; incremental?: boolean } = {}): Promise<string> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'liling-advice-'))
  try {
    await importCatalog(files, { dir, ...(options.incremental ? { incremental: true } : {}), log: () => {}, read: (file) => readExport(file, 'auto') })
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the import did not fail')
}

describe('advice in the admin on a failed import', () => {
  it('tells staff, in Chinese, what to do about each fault the importer reports', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-advice-'))
    const utf16 = path.join(work, 'catalog.csv')
    fs.writeFileSync(utf16, Buffer.from('\ufeffid,title\nB1,平凡的世界\n', 'utf16le'))
    const allBad = path.join(work, 'bad.csv')
    fs.writeFileSync(allBad, 'id,title\n,平凡的世界\n')
    const cut = path.join(work, 'cut.mrc.gz')
    fs.writeFileSync(cut, (await import('node:zlib')).gzipSync(fs.readFileSync(marc('test_data.utf8.mrc'))).subarray(0, 5_000))
    const catalog = path.join(work, 'catalog')
    await importCatalog([marc('test_data.utf8.mrc')], { dir: catalog, log: () => {}, read: (file) => readExport(file, 'auto') })
    const sru = `http://127.0.0.1:${await freePort()}/marc`
    const unreachable = await harvestSru({ out: path.join(work, 'sru'), query: 'cql.allRecords=1', url: sru }).then(
      () => 'harvested',
      (error: Error) => error.message,
    )

    const advice = async (message: Promise<string> | string) => importAdvice(await message)?.zh
    expect(await advice(failure([marc('containers/photo.png')]))).toMatch(/^该文件不是图书馆系统的书目导出/)
    expect(await advice(failure([marc('containers/workbook.xlsx')]))).toMatch(/^这是 Excel 工作簿/)
    expect(await advice(failure([utf16]))).toMatch(/另存为“CSV UTF-8”/)
    expect(await advice(failure([allBad]))).toMatch(/^文件中没有可导入的记录/)
    expect(await advice(failure([cut]))).toMatch(/^文件已损坏或不完整/)
    expect(await advice(failure([marc('bad_records.mrc')], { dir: catalog }))).toMatch(/^请确认文件是完整的导出/)
    expect(await advice(unreachable)).toMatch(/^图书馆系统的服务器没有响应/)
    const folder = (() => {
      try {
        settledFiles(path.join(work, 'no-such-folder'))
      } catch (error) {
        return (error as Error).message
      }
      return 'read'
    })()
    expect(await advice(folder)).toMatch(/^无法读取图书馆系统的导出文件夹/)
    expect(importAdvice('Cancelled: the catalog was left as it was.')?.zh).toBe('导入已取消，目录保持不变。')
    expect(importAdvice('an error nobody foresaw')).toBeUndefined()
  })
})
