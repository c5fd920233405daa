'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { fill, stageName, text, textsIn } from '../translations/texts'
import { COMMENT_REQUIRED } from '../utilities/decide'
import { DecisionForm, type ScoringForm } from './DecisionForm'

type HistoryEntry = {
  at: string
  action: string
  from: string
  to: string
  // Who acted and what they wrote only reach people who may read the item's drafts.
  by?: string
  role?: null | string
  comment?: null | string
  // Only for the people the app's scoring lets read them, never the item's author.
  scores?: Record<string, number>
}
type WorkflowState = {
  stage: string
  revision: number
  allowedActions: string[]
  stages?: string[]
  scoring?: ScoringForm
  flags?: string[]
  history: HistoryEntry[]
}

const SCORED = ['approve', 'request_changes', 'reject']

const mean = (scores: Record<string, number>) => {
  const values = Object.values(scores)
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}

/** An item's validation: its stage, the buttons the signed-in person may press, a comment box, the timeline. */
export const ValidationPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const texts = textsIn(i18n.translations)
  const t = (key: string) => text(texts, key)
  const stage = (value: string) => stageName(texts, value, collectionSlug)
  const endpoint = `${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [state, setState] = useState<null | WorkflowState>(null)
  const [comment, setComment] = useState('')
  const [overrideTo, setOverrideTo] = useState('')
  const [message, setMessage] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [scores, setScores] = useState<Record<string, string>>({})
  const [flags, setFlags] = useState<Record<string, boolean>>({})

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setState((await response.json()) as WorkflowState)
  }, [id, collectionSlug, endpoint])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p className="field-description">{t('saveFirst')}</p>
  if (!state) return null

  const chosenScores = Object.fromEntries(
    Object.entries(scores)
      .filter(([, value]) => value !== '')
      .map(([criterion, value]) => [criterion, Number(value)]),
  )

  const act = async (action: string) => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        action,
        comment,
        revision: state.revision,
        ...(action === 'override' ? { to: overrideTo } : {}),
        ...(state.scoring && SCORED.includes(action) ? { scores: chosenScores } : {}),
        ...(action === 'approve' ? flags : {}),
      }),
    })
    setBusy(false)
    if (response.status === 409) {
      // someone else acted first: show why, then the item as it is now
      setMessage(t('reload'))
      window.setTimeout(() => window.location.reload(), 1500)
      return
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        errors?: { message: string; data?: { errors?: { message: string }[] } }[]
      } | null
      const first = body?.errors?.[0]
      setMessage(
        [first?.message, ...(first?.data?.errors ?? []).map((e) => e.message)].filter(Boolean).join(' '),
      )
      return
    }
    // A decision changes more than this panel (the header's status, the publication date, what
    // may be edited): the whole document view is loaded again.
    window.location.reload()
  }

  return (
    <section aria-labelledby="workflow-title" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="workflow-title">{t('group')}</h3>
      <p>
        {t('stage')}: <strong data-testid="workflow-stage">{stage(state.stage)}</strong>
      </p>
      {state.allowedActions.length === 0 ? (
        <p className="field-description">{t('noActions')}</p>
      ) : (
        <>
          <label htmlFor="workflow-comment">
            {state.allowedActions.some((a) => (COMMENT_REQUIRED as string[]).includes(a))
              ? t('commentRequired')
              : t('comment')}
          </label>
          <textarea
            id="workflow-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: '100%' }}
          />
          {state.allowedActions.includes('override') && (
            <select
              aria-label={t('action_override')}
              value={overrideTo}
              onChange={(e) => setOverrideTo(e.target.value)}
            >
              <option value="">—</option>
              {(state.stages ?? []).map((value) => (
                <option key={value} value={value}>
                  {stage(value)}
                </option>
              ))}
            </select>
          )}
          <DecisionForm
            flags={state.flags ?? []}
            flagValues={flags}
            onFlag={(name, value) => setFlags((current) => ({ ...current, [name]: value }))}
            onScore={(criterion, value) => setScores((current) => ({ ...current, [criterion]: value }))}
            scores={scores}
            scoring={state.scoring}
            texts={texts}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
            {state.allowedActions.map((action) => (
              <button
                key={action}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={() => void act(action)}
              >
                {t(`action_${action}`)}
              </button>
            ))}
          </div>
        </>
      )}
      {message && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}
      {state.history.length > 0 && (
        <>
          <h4>{t('history')}</h4>
          <ol style={{ paddingLeft: '1.2rem' }}>
            {state.history.map((entry, index) => (
              <li key={index}>
                {new Date(entry.at).toLocaleDateString(i18n.language)}
                {entry.by && ` — ${entry.by}`}
                {entry.role && ` (${text(texts, `role_${entry.role}`, entry.role)})`}:{' '}
                {text(texts, `action_${entry.action}`, entry.action)} → {stage(entry.to)}
                {entry.comment && <blockquote style={{ margin: '0.25rem 0' }}>{entry.comment}</blockquote>}
                {entry.scores && (
                  <details data-testid="workflow-history-scores">
                    <summary>
                      {t('scores')}: {fill(t('scoresMean'), { mean: mean(entry.scores).toFixed(1) })}
                    </summary>
                    <ul style={{ margin: 0 }}>
                      {Object.entries(entry.scores).map(([criterion, value]) => (
                        <li key={criterion}>
                          {text(texts, `criterion_${criterion}`, criterion)}: {value}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
