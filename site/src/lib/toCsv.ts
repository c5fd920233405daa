/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) get a leading apostrophe, so an opened file never executes anything.
 */
export const toCsv = (
  rows: Record<string, boolean | null | number | string | undefined>[],
  columns: string[],
): string => {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return ''
    let text = String(value)
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return (
    [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join(
      '\r\n',
    ) + '\r\n'
  )
}
