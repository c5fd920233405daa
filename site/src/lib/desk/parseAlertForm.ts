import { CALL_ALERT_LIMITS } from '@redcloud/cms/contract'

/**
 * The call-alerts form as the CMS takes it: only theme ids the page offered (in the CMS's own id
 * type), and a whole number of days within the limits; `problem` when the days are not.
 */
export const parseAlertForm = <Id extends number | string>({
  form,
  themeIds,
}: {
  form: FormData
  themeIds: Id[]
}): { themes: Id[]; daysBefore: number } | { problem: 'days' } => {
  const offered = new Map(themeIds.map((id) => [String(id), id]))
  const themes = [...new Set(form.getAll('theme').map(String))]
    .map((value) => offered.get(value))
    .filter((id) => id !== undefined)
    .slice(0, CALL_ALERT_LIMITS.maxThemes)
  const raw = String(form.get('daysBefore') ?? '').trim()
  const daysBefore = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN
  if (
    !Number.isInteger(daysBefore) ||
    daysBefore < CALL_ALERT_LIMITS.minDays ||
    daysBefore > CALL_ALERT_LIMITS.maxDays
  ) {
    return { problem: 'days' }
  }
  return { themes, daysBefore }
}
