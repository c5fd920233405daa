import type { SubmissionState } from './SubmissionState'

/**
 * The filled rows of a repeated group in the form (`links.0.label`, `links.0.url`, …): the form's
 * row index and the row's values, empty rows left out. Server errors name positions in this list.
 */
export const submissionRows = (
  state: SubmissionState,
  prefix: string,
): { index: number; values: Record<string, string> }[] => {
  const rows = new Map<number, Record<string, string>>()
  for (const [name, value] of Object.entries(state)) {
    const match = name.match(/^([^.]+)\.(\d+)\.(.+)$/)
    if (!match || match[1] !== prefix || typeof value !== 'string') continue
    const index = Number(match[2])
    rows.set(index, { ...rows.get(index), [match[3]!]: value })
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, values]) => Object.values(values).some((value) => value.trim() !== ''))
    .map(([index, values]) => ({ index, values }))
}
