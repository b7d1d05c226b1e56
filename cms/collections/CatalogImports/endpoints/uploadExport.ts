import fs from 'node:fs'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Endpoint, PayloadRequest } from 'payload'

import { hasCatalogRole } from '../../../access/roles'
import { catalogImporter } from '../../../catalog/catalogImporter'
import { exportFileOf, importFolder } from '../../../catalog/importFolders'
import { CATALOG_IMPORT_MODES, type CatalogImportMode } from '../../../fields/choices'
import { inLanguageOf } from '../../../fields/labels'
import { formatBytes } from '../../../../shared/formatBytes'
import { catalogUploadMaxBytes } from '../../../../shared/settings'

/**
 * `POST /api/catalog-imports/upload?name=export.mrc&mode=full`, the file as the request's body:
 * staff who run the catalog upload an export. The body is written to disk as it arrives, never
 * held in memory, and refused past CATALOG_UPLOAD_MAX_MB; the import is then queued. An upload
 * cut off half-way is recorded as such, and nothing is imported from it.
 */
export const uploadExport: Endpoint = {
  method: 'post',
  path: '/upload',
  handler: async (req) => {
    const say = (status: number, zh: string, en: string) => Response.json({ error: inLanguageOf(req, { en, zh }) }, { status })
    if (!hasCatalogRole(req.user)) return say(403, '只有管理员和编目员可以导入馆藏目录。', 'Only admins and cataloguers can import the catalog.')
    const importer = catalogImporter()
    if (!importer) return say(409, '此 CMS 进程不运行目录导入（由 `npm start` 负责）。', 'This CMS process does not run catalog imports (`npm start` does).')
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const fileName = params.get('name')?.trim()
    const mode = params.get('mode') as CatalogImportMode | null
    if (!fileName) return say(400, '缺少文件名（name）。', 'The file name (name) is missing.')
    if (!mode || !CATALOG_IMPORT_MODES.includes(mode)) return say(400, '导入方式（mode）应为 full 或 incremental。', 'The mode must be full or incremental.')
    const limit = catalogUploadMaxBytes()
    const declared = Number(req.headers.get('content-length') ?? NaN)
    if (declared > limit) {
      return say(
        413,
        `文件 ${fileName} 有 ${formatBytes(declared)}，超过上传上限 ${formatBytes(limit)}。请压缩（gzip 或 zip）后再上传，或请管理员调高 CATALOG_UPLOAD_MAX_MB。`,
        `${fileName} is ${formatBytes(declared)}, over the upload limit of ${formatBytes(limit)}. Compress it (gzip or zip) and upload it again, or ask an admin to raise CATALOG_UPLOAD_MAX_MB.`,
      )
    }
    if (!req.body) return say(400, '请求中没有文件。', 'The request holds no file.')

    const record = await importer.receiving({ fileName, mode, source: 'upload', user: req.user?.id })
    const failed = async (status: number, error: { en: string; zh: string }) => {
      fs.rmSync(importFolder(importer.dir, record.id), { force: true, recursive: true })
      await req.payload.update({
        collection: 'catalog-imports',
        // In English, as the importer's own messages are: the admin shows what to do in its reader's language (importAdvice.ts).
        data: { error: error.en, finishedAt: new Date().toISOString(), status: 'failed' },
        id: record.id,
        overrideAccess: true,
      })
      return Response.json({ error: inLanguageOf(req, error), id: record.id }, { status })
    }
    let received = 0
    try {
      const file = exportFileOf(importer.dir, record.id, fileName)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      await receive(req, file, limit, (bytes) => (received = bytes))
    } catch (error) {
      if (error instanceof TooLarge) {
        return failed(413, {
          en: `${fileName} is over the upload limit of ${formatBytes(limit)}: nothing was imported. Compress it (gzip or zip), or ask an admin to raise CATALOG_UPLOAD_MAX_MB.`,
          zh: `文件 ${fileName} 超过上传上限 ${formatBytes(limit)}，未导入任何记录。请压缩（gzip 或 zip）后再上传，或请管理员调高 CATALOG_UPLOAD_MAX_MB。`,
        })
      }
      const of = Number.isFinite(declared) ? ` of ${declared.toLocaleString('en')}` : ''
      return failed(400, {
        en: `The upload of ${fileName} was cut off after ${received.toLocaleString('en')}${of} bytes (${(error as Error).message}): nothing was imported. Upload the file again.`,
        zh: `文件 ${fileName} 上传中断（已收到 ${received.toLocaleString('en')}${Number.isFinite(declared) ? ` / ${declared.toLocaleString('en')}` : ''} 字节），未导入任何记录。请重新上传。`,
      })
    }
    if (Number.isFinite(declared) && received !== declared) {
      return failed(400, {
        en: `The upload of ${fileName} was cut off after ${received.toLocaleString('en')} of ${declared.toLocaleString('en')} bytes: nothing was imported. Upload the file again.`,
        zh: `文件 ${fileName} 上传中断（已收到 ${received.toLocaleString('en')} / ${declared.toLocaleString('en')} 字节），未导入任何记录。请重新上传。`,
      })
    }
    await req.payload.update({ collection: 'catalog-imports', data: { bytes: received, status: 'queued' }, id: record.id, overrideAccess: true })
    void importer.drain()
    return Response.json(
      { id: record.id, message: inLanguageOf(req, { en: `${fileName} was uploaded; the import has started.`, zh: `文件 ${fileName} 已上传，开始导入。` }) },
      { status: 202 },
    )
  },
}

class TooLarge extends Error {}

/** Writes the request's body to `file` as it arrives, refusing it past `limit` bytes. */
async function receive(req: PayloadRequest, file: string, limit: number, counted: (bytes: number) => void): Promise<void> {
  let bytes = 0
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      counted(bytes)
      done(bytes > limit ? new TooLarge() : null, chunk)
    },
  })
  await pipeline(Readable.fromWeb(req.body as import('node:stream/web').ReadableStream), count, fs.createWriteStream(file, { flags: 'wx' }))
}
