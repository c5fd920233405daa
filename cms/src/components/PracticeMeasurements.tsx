'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { MEASUREMENT_LIMITS } from '../contract/measurementLimits'
import { measurementTexts } from './measurementTexts'

type Row = { id: number | string; indicatorKey: string; date: string; value: number; source?: null | string }
type Listed = Row & { workflow?: { stage?: null | string } | null; _status?: null | string }

/**
 * On a practice's edit view: its measurements (GET /api/measurements, what the caller may read)
 * and a form that adds one to a published practice and sends it for confirmation (POST
 * /api/measurements, then the workflow's submit). The server decides who may.
 */
export const PracticeMeasurements: React.FC = () => {
  const { i18n } = useTranslation()
  const t = measurementTexts(i18n.language)
  const { id, hasPublishedDoc } = useDocumentInfo()
  const rows = useFormFields(([fields]) =>
    Object.entries(fields)
      .filter(([path]) => /^qualityIndicators\.\d+\.key$/.test(path))
      .map(([path, field]) => {
        const prefix = path.replace(/\.key$/, '')
        const name = fields[`${prefix}.name`]?.value
        const indicator = fields[`${prefix}.indicator`]?.value
        return {
          key: String(field.value ?? ''),
          label:
            typeof name === 'string' && name ? name : `#${prefix.split('.')[1]} ${indicator ?? ''}`.trim(),
        }
      })
      .filter((row) => row.key),
  )
  const [listed, setListed] = useState<null | Listed[]>(null)
  const [draft, setDraft] = useState({ indicatorKey: '', date: '', value: '', source: '' })
  const [notice, setNotice] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    if (id === undefined || id === null) return
    const query = `where[practice][equals]=${encodeURIComponent(String(id))}&depth=0&limit=100&draft=true`
    const response = await fetch(`/api/measurements?${query}`, { credentials: 'include' })
    if (!response.ok) return setListed(null)
    const body = (await response.json()) as { docs: Listed[] }
    setListed([...body.docs].sort((a, b) => b.date.localeCompare(a.date)))
  }

  useEffect(() => {
    void load()
  }, [id])

  const add = async () => {
    setBusy(true)
    const failed = async (response: Response) => {
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
      }
      const first = body.errors?.[0]
      const detail = first?.data?.errors?.[0]
      setNotice(
        `${t.failed} ${detail ? `${detail.path}: ${detail.message}` : (first?.message ?? response.status)}`,
      )
      setBusy(false)
    }
    const created = await fetch('/api/measurements', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        practice: id,
        indicatorKey: draft.indicatorKey,
        date: draft.date,
        value: draft.value.trim() === '' ? null : Number(draft.value.replace(',', '.')),
        source: draft.source,
      }),
    })
    if (!created.ok) return failed(created)
    const { doc } = (await created.json()) as { doc: { id: number | string } }
    const submitted = await fetch(`/api/measurements/${doc.id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'submit', revision: 0 }),
    })
    if (!submitted.ok) return failed(submitted)
    setNotice(t.added)
    setDraft({ indicatorKey: '', date: '', value: '', source: '' })
    setBusy(false)
    await load()
  }

  if (id === undefined || id === null) return null
  const labelOf = (key: string) => rows.find((row) => row.key === key)?.label ?? key
  return (
    <div className="field-type practice-measurements" style={{ marginBottom: '2rem' }}>
      <h3>{t.title}</h3>
      <p className="field-description">{t.help}</p>
      {listed && listed.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{t.indicator}</th>
              <th>{t.date}</th>
              <th>{t.value}</th>
              <th>{t.source}</th>
              <th>{t.stage}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((row) => (
              <tr key={String(row.id)}>
                <td>
                  <a href={`/admin/collections/measurements/${row.id}`}>{labelOf(row.indicatorKey)}</a>
                </td>
                <td>{row.date.slice(0, 10)}</td>
                <td>{row.value}</td>
                <td>{row.source ?? ''}</td>
                <td>{row.workflow?.stage ?? row._status ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.empty}</p>
      )}
      {hasPublishedDoc && rows.length > 0 ? (
        <fieldset style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'end' }}>
          <label>
            {t.indicator}
            <select
              value={draft.indicatorKey}
              onChange={(event) => setDraft({ ...draft, indicatorKey: event.target.value })}
            >
              <option value="" />
              {rows.map((row) => (
                <option key={row.key} value={row.key}>
                  {row.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.date}
            <input
              type="date"
              value={draft.date}
              onChange={(e) => setDraft({ ...draft, date: e.target.value })}
            />
          </label>
          <label>
            {t.value}
            <input
              inputMode="decimal"
              value={draft.value}
              onChange={(e) => setDraft({ ...draft, value: e.target.value })}
            />
          </label>
          <label>
            {t.source}
            <input
              maxLength={MEASUREMENT_LIMITS.sourceMaxLength}
              value={draft.source}
              onChange={(e) => setDraft({ ...draft, source: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="btn btn--style-secondary"
            disabled={busy}
            onClick={() => void add()}
          >
            {t.add}
          </button>
        </fieldset>
      ) : (
        <p>{t.unpublished}</p>
      )}
      {notice ? <p role="status">{notice}</p> : null}
    </div>
  )
}
