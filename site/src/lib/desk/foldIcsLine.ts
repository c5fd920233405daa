const encoder = new TextEncoder()

/**
 * One content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets, each
 * continuation starting with a space, never splitting a UTF-8 character (or a surrogate pair).
 */
export const foldIcsLine = (line: string): string => {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
