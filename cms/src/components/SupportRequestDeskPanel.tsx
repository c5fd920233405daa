'use client'

import { useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { interpolate } from '../contract/interpolate'
import { LOCALES, type Locale } from '../contract/locales'
import { SUPPORT_PROGRESS } from '../contract/supportProgress'
import { supportProgressLabels } from '../contract/supportProgressLabels'
import { translated } from '../i18n/translated'
import { useWorkflowStage } from './useWorkflowStage'

type Key = Parameters<typeof translated>[0] & `supportRequests:${string}`

/**
 * In a support request's sidebar, for desk officers and admins: assign the request to oneself,
 * move its progress and add a note for the requesting unit (POST /api/support-requests/:id/desk,
 * which keeps an accepted request live). Reloads the view once saved.
 */
export const SupportRequestDeskPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const current = useFormFields(([fields]) => fields.progress?.value as string | undefined)
  const [progress, setProgress] = useState<string>(current ?? 'inProgress')
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<null | string>(null)
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const isDesk = roles.includes('deskOfficer') || roles.includes('admin')
  const api = `${config.routes.api}/support-requests/${String(id)}`
  const stage = useWorkflowStage({ api, enabled: id !== undefined && id !== null && isDesk })
  if (id === undefined || id === null || !isDesk) return null
  if (stage !== 'acceptance' && stage !== 'published') return null
  const locale: Locale = LOCALES.find((l) => l === i18n.language) ?? 'en'
  const t = (key: Key) => translated(key)[locale]

  const send = async (body: Record<string, unknown>) => {
    const response = await fetch(`${api}/desk`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (response.ok) {
      setMessage(t('supportRequests:panelSaved'))
      window.location.reload()
      return
    }
    const answer = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    setMessage(
      interpolate(t('supportRequests:panelFailed'), {
        error: answer?.errors?.[0]?.message ?? String(response.status),
      }),
    )
  }

  return (
    <div className="field-type" data-testid="desk-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4>{t('supportRequests:panelTitle')}</h4>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => void send({ deskOfficer: user?.id })}
      >
        {t('supportRequests:panelAssignMe')}
      </button>
      {stage === 'published' ? (
        // Not a <form>: the panel sits inside the document's own form, and forms do not nest.
        <div style={{ display: 'grid', gap: '0.4rem' }}>
          <label htmlFor="desk-progress">{t('supportRequests:panelProgress')}</label>
          <select id="desk-progress" value={progress} onChange={(event) => setProgress(event.target.value)}>
            {SUPPORT_PROGRESS.map((value) => (
              <option key={value} value={value}>
                {supportProgressLabels[value][locale]}
              </option>
            ))}
          </select>
          <label htmlFor="desk-note">{t('supportRequests:panelNote')}</label>
          <textarea
            id="desk-note"
            rows={4}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            onClick={() => void send({ progress, ...(note.trim() ? { note } : {}) })}
          >
            {t('supportRequests:panelSave')}
          </button>
        </div>
      ) : (
        <p>{t('supportRequests:panelNotYet')}</p>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
