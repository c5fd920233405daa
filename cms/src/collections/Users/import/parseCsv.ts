/**
 * Reads CSV text (RFC 4180): quoted fields with doubled quotes, commas, semicolons and line
 * breaks inside quotes, CRLF or LF, a leading byte-order mark. The separator is the first comma
 * or semicolon outside quotes on the header line (spreadsheets in Italian, French and Spanish
 * save with semicolons). Each record keeps the line it starts on, for the report. Records with
 * nothing but empty fields are left out.
 */
export type CsvRecord = { line: number; fields: string[] }

export const detectSeparator = (text: string): ',' | ';' => {
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === ',' || char === ';')) return char
    else if (!quoted && (char === '\n' || char === '\r')) break
  }
  return ','
}

export const parseCsv = (input: string): CsvRecord[] => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const separator = detectSeparator(text)
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const endRecord = () => {
    fields.push(field)
    if (fields.some((value) => value.trim() !== '')) records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"' && field.trim() === '') {
      // a quote opens a quoted field only at its start (spaces before it are dropped)
      field = ''
      quoted = true
    } else if (char === separator) {
      fields.push(field)
      field = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else field += char
  }
  if (field !== '' || fields.length > 0) endRecord()
  return records
}
