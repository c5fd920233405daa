'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { memberImportTextsFor } from '../collections/Users/import/memberImportTexts'

type Row = {
  line: number
  email: string
  status: 'created' | 'would-create' | 'skipped' | 'error'
  messages: string[]
}
type Report = { dryRun: boolean; rows: Row[]; counts: Record<Row['status'] | 'total', number> }

const fill = (text: string, values: Record<string, number | string>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole))

/**
 * Above the users list, for administrators: choose a CSV, see the dry run's report line by line
 * (POST /api/users/import?dryRun=true), then import the same file. Only the rows with a problem
 * are listed in full; names and messages are shown as text, never as markup.
 */
export const MemberImport: React.FC = () => {
  const { i18n } = useTranslation()
  const { user } = useAuth<{ roles?: string[] }>()
  const t = memberImportTextsFor(i18n.language)
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<null | Report>(null)
  const [notice, setNotice] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  if (!user?.roles?.includes('admin')) return null

  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    setNotice(t.working)
    const form = new FormData()
    form.append('file', file)
    const response = await fetch(`/api/users/import?dryRun=${dryRun}`, {
      method: 'POST',
      credentials: 'include',
      body: form,
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as
      ({ errors?: { message?: string }[] } & Partial<Report>) | null
    if (response?.ok && body?.rows) {
      setReport(body as Report)
      setNotice(null)
    } else {
      setReport(null)
      setNotice(`${t.failed} ${body?.errors?.[0]?.message ?? response?.status ?? ''}`)
    }
    setBusy(false)
  }

  const counts = report?.counts
  const toCreate = counts?.['would-create'] ?? 0
  const shown = report?.rows.filter((row) => row.status !== 'would-create' && row.status !== 'created') ?? []
  return (
    <section aria-labelledby="member-import" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <details>
        <summary>
          <h2 id="member-import" style={{ display: 'inline' }}>
            {t.title}
          </h2>
        </summary>
        <p>{t.help}</p>
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
          <label>
            {t.file}{' '}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null)
                setReport(null)
              }}
            />
          </label>
          <button type="button" disabled={busy || !file} onClick={() => void send(true)}>
            {t.dryRun}
          </button>
          {report?.dryRun && toCreate > 0 ? (
            <button type="button" disabled={busy} onClick={() => void send(false)}>
              {fill(t.run, { count: toCreate })}
            </button>
          ) : null}
        </div>
        <p role="status">{notice}</p>
        {counts ? (
          <p>
            {fill(t.summary, {
              created: counts.created + counts['would-create'],
              skipped: counts.skipped,
              error: counts.error,
            })}
          </p>
        ) : null}
        {shown.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.line}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.messages}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, 500).map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.email}</td>
                  <td>{t[row.status]}</td>
                  <td>{row.messages.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </details>
    </section>
  )
}
