'use client'
import { getTranslation } from '@payloadcms/translations'
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useRef, useState } from 'react'

import type { CatalogState } from '../../catalog/catalogState'
import { importAdvice } from '../catalog/importAdvice'
import { IMPORT_STAGE_OPTIONS } from '../collections/CatalogImports/stages'
import { IMPORT_SOURCE_OPTIONS, IMPORT_STATUS_OPTIONS } from '../collections/CatalogImports/statuses'
import { formatBytes } from '../../shared/formatBytes'
import { inLanguageOf } from '../fields/labels'
import type { CatalogImport, User } from '../payload-types'

type SourceCheck = { checkedAt?: string; error?: string; everyMinutes?: number | null; kind: string; updatedAt?: string }

type Status = CatalogState & {
  active: CatalogImport[]
  sources: { availability: SourceCheck; export: SourceCheck }
  imports: boolean
  last: CatalogImport | null
  unmapped: number
  uploadLimit: number
}

type Upload = { fileName: string; loaded: number; total: number }

const ACCEPTED = '.mrc,.marc,.iso,.dat,.xml,.csv,.gz,.zip'

/** What went wrong, as the importer said it, after what to do about it in the admin's language. */
export function Advice({ error }: { error: string }) {
  const { i18n } = useTranslation()
  const advice = importAdvice(error)
  return (
    <span className="catalog-status__error">
      {advice && <strong>{inLanguageOf({ i18n }, advice)}</strong>}
      <span className="catalog-status__detail">{error}</span>
    </span>
  )
}

/**
 * The catalog on the admin's dashboard, for the staff who run it: how many records it has and
 * from when, the copies' status and its age, the last import, the imports running or waiting
 * (with their progress, and the confirmation a large removal waits for), and the form to upload
 * an export. Refreshes itself, every second while an import runs.
 */
export function CatalogStatus() {
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  const lang = i18n.language
  const t = (zh: string, en: string) => inLanguageOf({ i18n }, { en, zh })
  const n = (value: number | null | undefined) => (value ?? 0).toLocaleString(lang === 'en' ? 'en' : 'zh-CN')
  const time = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : ''
  const [status, setStatus] = useState<Status>()
  const [upload, setUpload] = useState<Upload>()
  const [message, setMessage] = useState<{ error?: boolean; text: string }>()
  const [mode, setMode] = useState<'full' | 'incremental'>('full')
  const file = useRef<HTMLInputElement>(null)
  const id = useId()

  const refresh = useCallback(async () => {
    const response = await fetch('/api/catalog-imports/status', { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [])

  const busy = Boolean(upload || status?.active.some((doc) => doc.status !== 'awaiting-confirmation'))
  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), busy ? 1000 : 10_000)
    return () => clearInterval(timer)
  }, [busy, refresh])

  const post = async (path: string) => {
    const response = await fetch(path, { credentials: 'include', method: 'POST' })
    const body = (await response.json()) as { error?: string; message?: string }
    setMessage({ error: !response.ok, text: body.message ?? body.error ?? '' })
    await refresh()
  }

  const send = () => {
    const chosen = file.current?.files?.[0]
    if (!chosen) {
      setMessage({ error: true, text: t('请先选择要导入的文件。', 'Choose the file to import first.') })
      return
    }
    if (status && chosen.size > status.uploadLimit) {
      setMessage({
        error: true,
        text: t(
          `文件 ${chosen.name} 有 ${formatBytes(chosen.size)}，超过上传上限 ${formatBytes(status.uploadLimit)}。请压缩（gzip 或 zip）后再上传，或请管理员调高 CATALOG_UPLOAD_MAX_MB。`,
          `${chosen.name} is ${formatBytes(chosen.size)}, over the upload limit of ${formatBytes(status.uploadLimit)}. Compress it (gzip or zip) and upload it again, or ask an admin to raise CATALOG_UPLOAD_MAX_MB.`,
        ),
      })
      return
    }
    setMessage(undefined)
    const request = new XMLHttpRequest()
    request.open('POST', `/api/catalog-imports/upload?${new URLSearchParams({ mode, name: chosen.name })}`)
    request.withCredentials = true
    request.setRequestHeader('Content-Type', 'application/octet-stream')
    request.upload.onprogress = (event) => setUpload({ fileName: chosen.name, loaded: event.loaded, total: event.total || chosen.size })
    const done = (text: string, error: boolean) => {
      setUpload(undefined)
      setMessage({ error, text })
      if (!error && file.current) file.current.value = ''
      void refresh()
    }
    request.onload = () => {
      let body: { error?: string; message?: string } = {}
      try {
        body = JSON.parse(request.responseText) as typeof body
      } catch {
        // an answer that is not the endpoint's (a proxy's error page)
      }
      done(body.message ?? body.error ?? `${request.status} ${request.statusText}`, request.status >= 400)
    }
    request.onerror = () =>
      done(
        t(
          `文件 ${chosen.name} 上传中断，未导入任何记录。请检查网络后重新上传。`,
          `The upload of ${chosen.name} was cut off; nothing was imported. Check the connection and upload it again.`,
        ),
        true,
      )
    setUpload({ fileName: chosen.name, loaded: 0, total: chosen.size })
    request.send(chosen)
  }

  if (!status) return null
  const { availability, catalog, last } = status
  const statusLabel = (doc: CatalogImport) => getTranslation(IMPORT_STATUS_OPTIONS.find((option) => option.value === doc.status)!.label, i18n)
  const stageLabel = (doc: CatalogImport) => {
    const stage = IMPORT_STAGE_OPTIONS.find((option) => option.value === doc.stage)
    return stage ? getTranslation(stage.label, i18n) : ''
  }
  // An upload says who made it; an import that came by itself says where from.
  const sourceLabel = (doc: CatalogImport) =>
    doc.source === 'upload' ? '' : getTranslation(IMPORT_SOURCE_OPTIONS.find((option) => option.value === doc.source)!.label, i18n)
  const who = (doc: CatalogImport) => (typeof doc.startedBy === 'object' && doc.startedBy ? (doc.startedBy.name ?? doc.startedBy.email) : '')
  const hoursAgo = (iso: string) => Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 3_600_000))
  const lastFailed = last && last.status !== 'succeeded'

  return (
    <section aria-labelledby={`${id}-title`} className={`catalog-status${lastFailed ? ' catalog-status--failed' : ''}`}>
      <h2 id={`${id}-title`}>{t('馆藏目录', 'Catalog')}</h2>
      {catalog ? (
        <p>
          {t(
            `目录共 ${n(catalog.records)} 条书目，${time(catalog.builtAt)} 更新。`,
            `The catalog has ${n(catalog.records)} record${catalog.records === 1 ? '' : 's'}, updated ${time(catalog.builtAt)}.`,
          )}
        </p>
      ) : (
        <p>{t('馆藏目录尚未导入，公共网站的目录页为空。', 'The catalog has not been imported yet: the site’s catalog page is empty.')}</p>
      )}
      {catalog?.sample && (
        <p className="catalog-status__sample">
          <strong>{t('这是示例数据。', 'This is sample data.')}</strong>{' '}
          {t('目录页会向读者说明；图书馆的第一次导入将替换它。', 'The catalog page says so to readers; the library’s first import replaces it.')}
        </p>
      )}
      <p>
        {availability
          ? t(
              `馆藏状态（${n(availability.items)} 册）导出于 ${time(availability.exportedAt)}，已过 ${hoursAgo(availability.exportedAt)} 小时${availability.stale ? '，已过期：读者看到的可能不是当前状态。' : '。'}`,
              `The copies’ status (${n(availability.items)} copies) was exported ${time(availability.exportedAt)}, ${hoursAgo(availability.exportedAt)} hours ago${availability.stale ? ': out of date, readers may not see the status as it is now.' : '.'}`,
            )
          : t('尚未导入馆藏状态（在架、借出）。', 'No copy status (on shelf, on loan) has been imported yet.')}
      </p>
      {status.unmapped > 0 && (
        <p>
          <a href="/admin/collections/service-points">
            {t(`${status.unmapped} 个馆藏地代码未对应服务网点`, `${status.unmapped} location code(s) without a service point`)}
          </a>
        </p>
      )}
      {(['export', 'availability'] as const).map((key) => {
        const source = status.sources[key]
        if (source.kind === 'none') return null
        const what = key === 'export' ? t('书目数据', 'Record') : t('馆藏状态', 'Status')
        const kind = { folder: t('文件夹', 'folder'), sru: 'SRU', url: t('网址', 'address') }[source.kind] ?? source.kind
        return (
          <p className={source.error ? 'catalog-status__error' : undefined} key={key}>
            {t(
              `自动更新${what}（${kind}，每 ${source.everyMinutes} 分钟）：${source.checkedAt ? `上次检查 ${time(source.checkedAt)}` : '尚未检查'}${source.updatedAt ? `，上次发现更新 ${time(source.updatedAt)}` : ''}。`,
              `${what} updates from the library system (${kind}, every ${source.everyMinutes} minutes): ${source.checkedAt ? `last checked ${time(source.checkedAt)}` : 'not checked yet'}${source.updatedAt ? `, last update found ${time(source.updatedAt)}` : ''}.`,
            )}
            {source.error && <Advice error={source.error} />}
          </p>
        )
      })}
      {last && (
        <p className="catalog-status__last">
          {t('最近一次导入：', 'Last import: ')}
          <a href={`/admin/collections/catalog-imports/${last.id}`}>{time(last.finishedAt ?? last.requestedAt)}</a>
          {[who(last), sourceLabel(last), last.fileName, statusLabel(last)].filter(Boolean).map((part) => ` · ${part}`)}
          {last.status === 'succeeded' &&
            t(
              `：导入 ${n(last.imported)} 条（新增 ${n(last.added)}，更新 ${n(last.updated)}，删除 ${n(last.removed)}），跳过 ${n(last.skipped)} 条。`,
              `: ${n(last.imported)} imported (${n(last.added)} new, ${n(last.updated)} updated, ${n(last.removed)} removed), ${n(last.skipped)} skipped.`,
            )}
          {last.status !== 'succeeded' && last.error && <Advice error={last.error} />}
          {(last.skipped ?? 0) > 0 && (
            <>
              {' '}
              <a download href={`/api/catalog-imports/${last.id}/report`}>
                {t('下载报告（跳过的记录）', 'Download the report (skipped records)')}
              </a>
            </>
          )}
        </p>
      )}
      {status.active.map((doc) => (
        <div className="catalog-status__import" key={doc.id} role="status">
          <p>
            <strong>{doc.fileName}</strong> · {statusLabel(doc)}
            {doc.status === 'running' &&
              ` · ${stageLabel(doc)} · ${t(`已读取 ${n(doc.read)} 条，跳过 ${n(doc.skipped)} 条`, `${n(doc.read)} read, ${n(doc.skipped)} skipped`)}`}
          </p>
          {doc.status === 'running' && <progress aria-label={stageLabel(doc)} />}
          {doc.status === 'awaiting-confirmation' && doc.removal && (
            <p>
              {t(
                `这次完整导入将删除目录 ${n(doc.removal.before)} 条书目中的 ${n(doc.removal.removed)} 条。`,
                `This full import would remove ${n(doc.removal.removed)} of the catalog’s ${n(doc.removal.before)} records. `,
              )}
              {inLanguageOf({ i18n }, importAdvice(doc.error) ?? { en: '', zh: '' })}
            </p>
          )}
          <div className="catalog-status__actions">
            {doc.status === 'awaiting-confirmation' && user?.role === 'admin' && (
              <Button buttonStyle="primary" onClick={() => void post(`/api/catalog-imports/${doc.id}/confirm`)} size="small">
                {t(`确认删除 ${n(doc.removal?.removed)} 条并导入`, `Remove ${n(doc.removal?.removed)} and import`)}
              </Button>
            )}
            {doc.status !== 'uploading' && (
              <Button buttonStyle="secondary" onClick={() => void post(`/api/catalog-imports/${doc.id}/cancel`)} size="small">
                {t('取消导入', 'Cancel the import')}
              </Button>
            )}
          </div>
        </div>
      ))}
      {status.imports ? (
        <form
          className="catalog-status__upload"
          onSubmit={(event) => {
            event.preventDefault()
            send()
          }}
        >
          <h3>{t('导入书目数据', 'Import an export')}</h3>
          <p className="catalog-status__hint">
            {t(
              `图书馆系统导出的 ISO 2709（.mrc）、MARCXML 或 CSV 文件，可压缩为 gzip 或 zip，最大 ${formatBytes(status.uploadLimit)}。`,
              `An ISO 2709 (.mrc), MARCXML or CSV export of the library system, gzip or zip accepted, up to ${formatBytes(status.uploadLimit)}.`,
            )}
          </p>
          <label htmlFor={`${id}-file`}>{t('文件', 'File')}</label>
          <input accept={ACCEPTED} disabled={Boolean(upload)} id={`${id}-file`} ref={file} type="file" />
          <fieldset>
            <legend>{t('导入方式', 'Mode')}</legend>
            <label>
              <input checked={mode === 'full'} name={`${id}-mode`} onChange={() => setMode('full')} type="radio" value="full" />{' '}
              {t('完整导入：替换整个目录，文件中没有的书目将被删除', 'Full: replaces the catalog; records not in the file are removed')}
            </label>
            <label>
              <input checked={mode === 'incremental'} name={`${id}-mode`} onChange={() => setMode('incremental')} type="radio" value="incremental" />{' '}
              {t('增量导入：只新增、更新（或按记录头标删除）书目', 'Incremental: adds and updates records (and deletes those marked deleted)')}
            </label>
          </fieldset>
          {upload ? (
            <p role="status">
              {t(`正在上传 ${upload.fileName}：`, `Uploading ${upload.fileName}: `)}
              <progress max={upload.total} value={upload.loaded} /> {Math.floor((100 * upload.loaded) / Math.max(1, upload.total))}%
            </p>
          ) : (
            <Button buttonStyle="primary" size="small" type="submit">
              {t('上传并导入', 'Upload and import')}
            </Button>
          )}
        </form>
      ) : (
        <p>{t('此进程不运行目录导入（由 `npm start` 负责）。', 'This process does not run catalog imports (`npm start` does).')}</p>
      )}
      {message && (
        <p className={message.error ? 'catalog-status__error' : undefined} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <p>
        <a href="/admin/collections/catalog-imports">{t('全部导入记录', 'All imports')}</a>
      </p>
    </section>
  )
}
