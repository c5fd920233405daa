import type { SubmissionState } from './SubmissionState'
import { submissionRows } from './submissionRows'

/** Fields the form edits as one control though the CMS stores them in parts. */
const WHOLE = ['description', 'objectives', 'themes', 'targetGroups', 'attachments']

/**
 * The form control (by name) a CMS error path belongs to, or null when the form has none.
 * Row positions in the CMS count filled rows only, so they are mapped back to the form's rows.
 */
export const submissionErrorTarget = ({
  path,
  state,
  names,
}: {
  path: string
  state: SubmissionState
  names: ReadonlySet<string>
}): null | string => {
  const whole = WHOLE.find((name) => path === name || path.startsWith(`${name}.`))
  if (whole) return names.has(whole) ? whole : null
  const row = path.match(/^(qualityIndicators|links)\.(\d+)(?:\.(.+))?$/)
  if (row) {
    const [, prefix, position, rest] = row
    const rows = submissionRows(state, prefix!)
    const index = rows[Number(position)]?.index ?? Number(position)
    const exact = `${prefix}.${index}.${rest ?? ''}`
    if (names.has(exact)) return exact
    return [...names].find((candidate) => candidate.startsWith(`${prefix}.${index}.`)) ?? null
  }
  const parts = path.split('.')
  while (parts.length > 0) {
    const candidate = parts.join('.')
    if (names.has(candidate)) return candidate
    parts.pop()
  }
  return null
}
