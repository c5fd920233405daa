'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { registrationTexts } from './registrationTexts'

type Pending = { id: number | string; displayName: string; createdAt: string; unit?: unknown }
type UnitName = { id: number | string; name: string }

/**
 * The dashboard's "Registrations waiting for approval", for validators and admins: the
 * registrations of the caller's subtree (GET /api/users/pending), each with approve and reject
 * (POST /api/users/:id/account-decision) and an optional comment for the person.
 */
export const PendingRegistrations: React.FC = () => {
  const { i18n } = useTranslation()
  const t = registrationTexts(i18n.language)
  const [pending, setPending] = useState<null | Pending[]>(null)
  const [units, setUnits] = useState<Record<string, string>>({})
  const [comments, setComments] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    const response = await fetch('/api/users/pending', { credentials: 'include' })
    if (!response.ok) return setPending(null)
    const body = (await response.json()) as { docs: Pending[] }
    setPending(body.docs)
    const ids = [...new Set(body.docs.map((doc) => String(doc.unit ?? '')).filter(Boolean))]
    if (ids.length === 0) return
    const query = ids.map((id) => `where[id][in]=${encodeURIComponent(id)}`).join('&')
    const unitsResponse = await fetch(`/api/units?depth=0&limit=100&${query}`, { credentials: 'include' })
    if (!unitsResponse.ok) return
    const { docs } = (await unitsResponse.json()) as { docs: UnitName[] }
    setUnits(Object.fromEntries(docs.map((unit) => [String(unit.id), unit.name])))
  }

  useEffect(() => {
    void load()
  }, [])

  const decide = async (id: Pending['id'], decision: 'approve' | 'reject') => {
    setBusy(true)
    const response = await fetch(`/api/users/${id}/account-decision`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision, comment: comments[String(id)] || undefined }),
    })
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    setNotice(
      response.ok
        ? decision === 'approve'
          ? t.approved
          : t.rejected
        : `${t.failed} ${body.errors?.[0]?.message ?? response.status}`,
    )
    setBusy(false)
    await load()
  }

  if (pending === null) return null
  return (
    <section aria-labelledby="pending-registrations" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="pending-registrations">
        {t.title} ({pending.length})
      </h2>
      <p role="status">{notice}</p>
      {pending.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul>
          {pending.map((person) => {
            const key = String(person.id)
            const unit = units[String(person.unit ?? '')]
            return (
              <li key={key} style={{ marginBottom: 'var(--base)' }}>
                <strong>{person.displayName}</strong>
                {unit ? ` — ${unit}` : ''} ({t.since}{' '}
                {new Date(person.createdAt).toLocaleDateString(i18n.language)})
                <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.25rem' }}>
                  <label style={{ flex: '1 1 18rem', maxWidth: '32rem' }}>
                    <span className="sr-only">{t.comment}</span>
                    <input
                      style={{ width: '100%' }}
                      type="text"
                      maxLength={1000}
                      placeholder={t.comment}
                      aria-label={`${t.comment}: ${person.displayName}`}
                      value={comments[key] ?? ''}
                      onChange={(event) => setComments({ ...comments, [key]: event.target.value })}
                    />
                  </label>
                  <button type="button" disabled={busy} onClick={() => void decide(person.id, 'approve')}>
                    {t.approve}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void decide(person.id, 'reject')}>
                    {t.reject}
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
