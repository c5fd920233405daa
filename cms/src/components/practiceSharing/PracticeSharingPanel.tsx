'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { interpolate } from '../../contract/interpolate'
import { SIMILAR_QUERY_LIMITS } from '../../contract/similarQueryLimits'
import { practiceSharingTexts } from './practiceSharingTexts'

type Similar = { id: number | string; title: string; slug: string; unit: { name: string } | null }

/**
 * In a practice's sidebar: the published practices similar to its title and summary (for the
 * author while writing, for the validator while reviewing), from GET /api/practices/similar, and
 * "Adapt for my unit" on a published practice (POST /api/practices/:id/adapt, then the new
 * draft opens). Titles are shown as text, never as markup.
 */
export const PracticeSharingPanel: React.FC = () => {
  const { i18n } = useTranslation()
  const t = practiceSharingTexts(i18n.language)
  const { id } = useDocumentInfo()
  const title = useFormFields(([fields]) => fields.title?.value)
  const summary = useFormFields(([fields]) => fields.summary?.value)
  const status = useFormFields(([fields]) => fields._status?.value)
  const [similar, setSimilar] = useState<Similar[]>([])
  const [notice, setNotice] = useState<null | string>(null)

  const q = `${typeof title === 'string' ? title : ''} ${typeof summary === 'string' ? summary : ''}`
    .trim()
    .slice(0, SIMILAR_QUERY_LIMITS.max)
  useEffect(() => {
    if (q.length < SIMILAR_QUERY_LIMITS.min) return setSimilar([])
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q, locale: i18n.language, ...(id ? { exclude: String(id) } : {}) })
      fetch(`/api/practices/similar?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { docs: [] }))
        .then((body: { docs?: Similar[] }) => setSimilar(body.docs ?? []))
        .catch(() => undefined)
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, id, i18n.language])

  const adapt = async () => {
    setNotice(t.adaptWorking)
    const response = await fetch(`/api/practices/${id}/adapt`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: i18n.language }),
    })
    const body = (await response.json().catch(() => ({}))) as {
      id?: unknown
      errors?: { message?: string }[]
    }
    if (response.status === 201 && body.id !== undefined) {
      window.location.assign(`/admin/collections/practices/${String(body.id)}`)
    } else {
      setNotice(interpolate(t.adaptFailed, { error: body.errors?.[0]?.message ?? String(response.status) }))
    }
  }

  return (
    <div className="field-type practice-sharing-panel" style={{ marginBottom: 'var(--base)' }}>
      {id && status === 'published' && (
        <>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => void adapt()}
          >
            {t.adaptButton}
          </button>
          <p className="field-description">{t.adaptHelp}</p>
          {notice && <p role="status">{notice}</p>}
        </>
      )}
      {similar.length > 0 && (
        <div role="status">
          <strong>
            {similar.length === 1 ? t.similarOne : interpolate(t.similarHeading, { count: similar.length })}
          </strong>
          <ul>
            {similar.map((practice) => (
              <li key={String(practice.id)}>
                <a
                  href={`/admin/collections/practices/${String(practice.id)}`}
                  target="_blank"
                  rel="noopener"
                >
                  {practice.title}
                </a>
                {practice.unit?.name ? ` · ${practice.unit.name}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
