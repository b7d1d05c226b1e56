'use client'
import { getTranslation } from '@payloadcms/translations'
import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { CHANGE_ACTIONS } from '../collections/SiteBuilds/actions'
import { inLanguageOf } from '../fields/labels'
import type { SiteBuild, User } from '../payload-types'
import type { SiteChange } from '../publishing/siteChange'

type BuildSummary = Pick<SiteBuild, 'changes' | 'durationMs' | 'error' | 'finishedAt' | 'id' | 'log' | 'pages' | 'release' | 'startedAt' | 'status' | 'trigger'>

type Status = {
  building: { changes: SiteChange[]; since: string } | null
  builds: boolean
  lastFailure: BuildSummary | null
  lastSuccess: BuildSummary | null
  live: { builtAt: string; release: string } | null
  waiting: number
}


const time = (iso: string | null | undefined, lang: string) =>
  iso ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)) : ''

const seconds = (ms: number | null | undefined) => ((ms ?? 0) / 1000).toFixed(1)

type ChangeLine = { [K in keyof SiteChange]?: string | null }

type Translatable = Parameters<typeof getTranslation>[0]

function Changes({ changes }: { changes: ChangeLine[] | null | undefined }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const shown = (changes ?? []).filter((change) => change.action !== 'startup')
  if (shown.length === 0) return null
  const labelOf = (slug: string | null | undefined) => {
    const collection = config.collections.find((c) => c.slug === slug)
    const label = collection ? collection.labels.singular : config.globals.find((g) => g.slug === slug)?.label
    return label ? getTranslation(label as Translatable, i18n) : (slug ?? undefined)
  }
  return (
    <ul className="site-status__changes">
      {shown.map((change, index) => {
        const action = CHANGE_ACTIONS.find((a) => a.value === change.action)
        const what = [labelOf(change.source), change.title && `“${change.title}”`].filter(Boolean).join(' ')
        return <li key={index}>{[action ? getTranslation(action.label, i18n) : change.action, what, change.user].filter(Boolean).join(' · ')}</li>
      })}
    </ul>
  )
}

/**
 * The public site's state on the admin's dashboard: the live build and what it changed, a build
 * running now, the last failure with its log, and, for admins, "rebuild now". Refreshes itself,
 * often while a build runs.
 */
export function SiteStatus() {
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  const lang = i18n.language
  const t = (zh: string, en: string) => inLanguageOf({ i18n }, { en, zh })
  const [status, setStatus] = useState<Status>()
  const [message, setMessage] = useState<string>()

  const refresh = useCallback(async () => {
    const response = await fetch('/api/site-builds/status', { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [])

  const busy = Boolean(status?.building || status?.waiting)
  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), busy ? 2000 : 10_000)
    return () => clearInterval(timer)
  }, [busy, refresh])

  const rebuild = async () => {
    const response = await fetch('/api/site-builds/rebuild', { credentials: 'include', method: 'POST' })
    const body = (await response.json()) as { error?: string; message?: string }
    setMessage(body.message ?? body.error)
    await refresh()
  }

  if (!status) return null
  const { building, lastFailure, lastSuccess, live } = status
  const failedLast = Boolean(lastFailure && (!lastSuccess || lastFailure.startedAt > lastSuccess.startedAt))

  return (
    <section aria-labelledby="site-status-title" className={`site-status${failedLast ? ' site-status--failed' : ''}`}>
      <h2 id="site-status-title">{t('公共网站', 'Public site')}</h2>
      {live ? (
        <p className="site-status__live">
          {t('正在上线的版本：', 'Live: the ')}
          <strong>{time(live.builtAt, lang)}</strong>
          {lastSuccess?.release === live.release
            ? t(` 构建，用时 ${seconds(lastSuccess.durationMs)} 秒，共 ${lastSuccess.pages} 个页面。`, ` build, ${seconds(lastSuccess.durationMs)} s, ${lastSuccess.pages} pages.`)
            : t('（已回退到此前的版本）', ' (rolled back to an earlier build)')}
        </p>
      ) : (
        <p className="site-status__live">{t('网站尚未成功构建过。', 'The site has not been built successfully yet.')}</p>
      )}
      {lastSuccess?.release === live?.release && <Changes changes={lastSuccess?.changes} />}
      {building && (
        <p className="site-status__building" role="status">
          {t(`正在构建（${time(building.since, lang)} 开始）…`, `Building (started ${time(building.since, lang)})…`)}
        </p>
      )}
      {building && <Changes changes={building.changes} />}
      {status.waiting > 0 && (
        <p>{t(`另有 ${status.waiting} 项变更等待下一次构建。`, `${status.waiting} more change(s) wait for the next build.`)}</p>
      )}
      {lastFailure && failedLast && (
        <div className="site-status__failure">
          <p>
            <strong>{t('最近一次构建失败', 'The last build failed')}</strong>
            {` · ${time(lastFailure.startedAt, lang)}`}
            {live ? t('，网站仍显示上面的版本。', '; the site still shows the build above.') : ''}
          </p>
          <p className="site-status__error">{lastFailure.error}</p>
          {/* Opens at the end of the log, where the error is. */}
          <details onToggle={(event) => event.currentTarget.querySelector('pre')?.scrollTo({ top: Number.MAX_SAFE_INTEGER })}>
            <summary>{t('构建日志', 'Build log')}</summary>
            <pre>{lastFailure.log}</pre>
          </details>
        </div>
      )}
      {lastFailure && !failedLast && (
        <p className="site-status__old-failure">
          {t('上一次失败的构建：', 'Last failed build: ')}
          <a href={`/admin/collections/site-builds/${lastFailure.id}`}>{time(lastFailure.startedAt, lang)}</a>
        </p>
      )}
      <div className="site-status__actions">
        {user?.role === 'admin' && status.builds && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => void rebuild()} size="small">
            {t('立即重建网站', 'Rebuild now')}
          </Button>
        )}
        <a href="/admin/collections/site-builds">{t('全部构建记录', 'All builds')}</a>
      </div>
      {!status.builds && <p>{t('此进程不构建网站（由 `npm start` 负责）。', 'This process does not build the site (`npm start` does).')}</p>}
      {message && <p role="status">{message}</p>}
    </section>
  )
}
