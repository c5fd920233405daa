import {
  supportProgressLabels,
  supportRequestTypeLabels,
  supportUrgencyLabels,
  type Locale,
} from '@redcloud/cms/contract'

/** A support request as the CMS answers it to its unit (depth 0, latest draft). */
export interface SupportRequestDoc {
  id: number | string
  title?: null | string
  type?: null | string
  urgency?: null | string
  description?: null | string
  deskOfficerName?: null | string
  progress?: null | string
  progressNotes?: null | { date?: null | string; note?: null | string; authorName?: null | string }[]
  workflow?: null | { stage?: null | string }
  updatedAt?: null | string
}

/** One row of the unit's list of requests: labels in the page's language, notes newest first. */
export interface SupportRequestItem {
  id: string
  title: string
  type: string
  urgency: string
  /** The workflow stage (draft, endorsement, acceptance, changes_requested, rejected, published…). */
  stage: string
  progress: null | string
  deskOfficerName: null | string
  notes: { date: string; note: string; authorName: string }[]
  updatedAt: string
}

const label = <T extends string>(
  labels: Record<T, Record<Locale, string>>,
  value: unknown,
  locale: Locale,
) => (typeof value === 'string' && value in labels ? labels[value as T][locale] : '')

/** The unit's requests, for the page: labels resolved, unknown values left blank, nothing else kept. */
export const supportRequestItems = ({
  docs,
  locale,
}: {
  docs: SupportRequestDoc[]
  locale: Locale
}): SupportRequestItem[] =>
  docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title ?? '',
    type: label(supportRequestTypeLabels, doc.type, locale),
    urgency: label(supportUrgencyLabels, doc.urgency, locale),
    stage: doc.workflow?.stage ?? 'draft',
    progress:
      doc.workflow?.stage === 'published' ? label(supportProgressLabels, doc.progress, locale) || null : null,
    deskOfficerName: doc.deskOfficerName || null,
    notes: (doc.progressNotes ?? [])
      .filter((row) => typeof row.note === 'string' && row.note)
      .map((row) => ({ date: row.date ?? '', note: row.note ?? '', authorName: row.authorName ?? '' }))
      .sort((a, b) => b.date.localeCompare(a.date)),
    updatedAt: doc.updatedAt ?? '',
  }))
