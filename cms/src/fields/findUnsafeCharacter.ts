/**
 * What a person never types on purpose but an attacker uses to disguise text: C0/C1 control
 * characters (NUL, escape…), bidi overrides and isolates (U+202A–202E, U+2066–2069, which
 * reverse how a title or file name reads), line/paragraph separators, noncharacters and lone
 * surrogates. `multiline` keeps \n, \r and \t (textareas, rich text). `allowZeroWidth` keeps
 * U+200B, U+2060 and U+FEFF, which hide inside single-line names and slugs but are legitimate
 * line-break hints in long Thai or Khmer prose. ZWJ and ZWNJ (U+200C/D) are always allowed:
 * Persian, Indic scripts and emoji sequences need them.
 */
export const findUnsafeCharacter = ({
  text,
  multiline,
  allowZeroWidth,
}: {
  text: string
  multiline: boolean
  allowZeroWidth: boolean
}): null | string => {
  /* eslint-disable no-control-regex -- finding control characters is the point */
  const control = multiline
    ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
    : /[\u0000-\u001F\u007F-\u009F]/
  /* eslint-enable no-control-regex */
  const checks: [RegExp, string][] = [
    [control, 'a control character'],
    [/[\u202A-\u202E\u2066-\u2069]/, 'a text-direction override'],
    [/[\u2028\u2029]/, 'a line or paragraph separator'],
    [
      /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      'an invalid character',
    ],
    ...(allowZeroWidth
      ? []
      : ([[/[\u200B\u2060\uFEFF]/, 'an invisible zero-width character']] as [RegExp, string][])),
  ]
  for (const [pattern, what] of checks) {
    const match = pattern.exec(text)
    if (match) {
      const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
      return `${what} (U+${code}) at position ${match.index + 1}`
    }
  }
  return null
}
