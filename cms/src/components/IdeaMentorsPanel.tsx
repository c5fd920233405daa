'use client'

import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { IDEA_FOLLOW_UP_STAGES } from '../contract/ideaFollowUpStages'
import { interpolate } from '../contract/interpolate'
import { LOCALES, type Locale } from '../contract/locales'
import { translated } from '../i18n/translated'
import { useWorkflowStage } from './useWorkflowStage'

type Key = Parameters<typeof translated>[0] & `ideas:${string}`

/**
 * In an idea's sidebar, for the Hub's reviewers and admins, from incubation on: assign a mentor
 * by e-mail address, or remove one (POST /api/ideas/:id/mentors with `mentorEmail`), and see who
 * mentors it now by name. Not a <form>: the panel sits inside the document's own form.
 */
export const IdeaMentorsPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [email, setEmail] = useState('')
  const [message, setMessage] = useState<null | string>(null)
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const isReviewer = roles.includes('hubReviewer') || roles.includes('admin')
  const api = `${config.routes.api}/ideas/${String(id)}`
  const stage = useWorkflowStage({ api, enabled: id !== undefined && id !== null && isReviewer })
  if (id === undefined || id === null || !isReviewer) return null
  if (!(IDEA_FOLLOW_UP_STAGES as readonly (null | string)[]).includes(stage)) return null
  const locale: Locale = LOCALES.find((l) => l === i18n.language) ?? 'en'
  const t = (key: Key) => translated(key)[locale]

  const send = async (remove: boolean) => {
    const response = await fetch(`${api}/mentors`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mentorEmail: email, ...(remove ? { remove: true } : {}) }),
    })
    const answer = (await response.json().catch(() => null)) as {
      names?: { name: string }[]
      errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
    } | null
    if (response.ok) {
      const names = (answer?.names ?? []).map((mentor) => mentor.name).join(', ')
      setMessage(names ? interpolate(t('ideas:mentorPanelNow'), { names }) : t('ideas:mentorPanelNone'))
      setEmail('')
      return
    }
    const error = answer?.errors?.[0]
    setMessage(
      interpolate(t('ideas:mentorPanelFailed'), {
        error: error?.data?.errors?.[0]?.message ?? error?.message ?? String(response.status),
      }),
    )
  }

  return (
    <div className="field-type" data-testid="mentors-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4>{t('ideas:mentorPanelTitle')}</h4>
      <div style={{ display: 'grid', gap: '0.4rem' }}>
        <label htmlFor="mentor-email">{t('ideas:mentorPanelEmail')}</label>
        <input
          id="mentor-email"
          type="email"
          autoComplete="off"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={!email.trim()}
            onClick={() => void send(false)}
          >
            {t('ideas:mentorPanelAssign')}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={!email.trim()}
            onClick={() => void send(true)}
          >
            {t('ideas:mentorPanelRemove')}
          </button>
        </div>
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
