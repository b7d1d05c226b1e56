'use client'
import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { inLanguageOf } from '../fields/labels'
import { Advice } from './CatalogStatus'
import type { User } from '../payload-types'

/**
 * On an import's record: its report to download (every record skipped, with where it is in the
 * file and why), and what staff can do while it waits or runs: cancel it, or, for an admin,
 * confirm the large removal it waits for.
 */
export function CatalogImportActions() {
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const error = useFormFields(([fields]) => fields.error?.value as string | undefined)
  const [message, setMessage] = useState<string>()
  const t = (zh: string, en: string) => inLanguageOf({ i18n }, { en, zh })
  if (!id) return null

  const post = async (action: 'cancel' | 'confirm') => {
    const response = await fetch(`/api/catalog-imports/${id}/${action}`, { credentials: 'include', method: 'POST' })
    const body = (await response.json()) as { error?: string; message?: string }
    setMessage(body.message ?? body.error)
  }

  return (
    <div className="catalog-import-actions">
      {error && <Advice error={error} />}
      <a download href={`/api/catalog-imports/${id}/report`}>
        {t('下载导入报告（跳过的记录、警告、重复的控制号）', 'Download the import report (skipped records, warnings, control numbers found twice)')}
      </a>
      <div className="catalog-status__actions">
        {status === 'awaiting-confirmation' && user?.role === 'admin' && (
          <Button buttonStyle="primary" onClick={() => void post('confirm')} size="small">
            {t('确认删除并导入', 'Confirm the removal and import')}
          </Button>
        )}
        {['queued', 'running', 'awaiting-confirmation'].includes(status ?? '') && (
          <Button buttonStyle="secondary" onClick={() => void post('cancel')} size="small">
            {t('取消导入', 'Cancel the import')}
          </Button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
