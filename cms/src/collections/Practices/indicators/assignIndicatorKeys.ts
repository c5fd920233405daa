import { idOf } from '../../../contract/idOf'

export type IndicatorRow = {
  id?: null | string
  key?: null | string
  indicator?: unknown
  name?: unknown
  [field: string]: unknown
}

const nameOf = (row: IndicatorRow) => (typeof row.name === 'string' ? row.name.trim().toLowerCase() : '')

const isCustom = (row: IndicatorRow) => idOf(row.indicator) === null

/**
 * Gives every row of a practice's indicators its stable key, which measurements refer to. A key
 * the previous version had is kept; a row sent without one (the site's form sends none) takes
 * the key of the previous row it stands for — the same row id, the same library indicator, the
 * same custom name, or the custom row at the same position — and a new row gets a new key. A
 * key the previous version did not have is never taken from the request.
 */
export const assignIndicatorKeys = ({
  newKey,
  previous,
  rows,
}: {
  newKey: () => string
  previous: IndicatorRow[]
  rows: IndicatorRow[]
}): IndicatorRow[] => {
  const before = previous.flatMap((row, position) =>
    typeof row.key === 'string' && row.key !== '' ? [{ row, key: row.key, position }] : [],
  )
  const used = new Set<string>()
  const keys: (string | undefined)[] = rows.map(() => undefined)
  const pass = (
    match: (row: IndicatorRow, index: number) => ((old: IndicatorRow, oldIndex: number) => boolean) | null,
  ) => {
    rows.forEach((row, index) => {
      if (keys[index] !== undefined) return
      const test = match(row, index)
      if (!test) return
      const found = before.find((old) => !used.has(old.key) && test(old.row, old.position))
      if (!found) return
      keys[index] = found.key
      used.add(found.key)
    })
  }
  pass((row) => (typeof row.key === 'string' && row.key !== '' ? (old) => old.key === row.key : null))
  pass((row) => (typeof row.id === 'string' && row.id !== '' ? (old) => old.id === row.id : null))
  pass((row) =>
    isCustom(row)
      ? null
      : (old) => !isCustom(old) && String(idOf(old.indicator)) === String(idOf(row.indicator)),
  )
  pass((row) =>
    isCustom(row) && nameOf(row) !== '' ? (old) => isCustom(old) && nameOf(old) === nameOf(row) : null,
  )
  pass((row, index) => (isCustom(row) ? (old, oldIndex) => isCustom(old) && oldIndex === index : null))
  return rows.map((row, index) => ({ ...row, key: keys[index] ?? newKey() }))
}
