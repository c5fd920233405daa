export type Ring = [number, number][]

/**
 * The closed rings of an SVG path made of moveto, lineto and closepath commands (absolute or
 * relative), as absolute points: the shape the region outlines come in. Curves are not expected
 * and are refused rather than drawn wrong.
 */
export const parseSvgPath = (path: string): Ring[] => {
  const tokens = path.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? []
  const rings: Ring[] = []
  let ring: Ring | null = null
  let command = ''
  let [x, y, startX, startY] = [0, 0, 0, 0]
  const close = () => {
    if (ring && ring.length > 2) rings.push(ring)
    ring = null
  }
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as string
    if (/^[a-zA-Z]$/.test(token)) {
      if (!/[mlzMLZ]/.test(token)) throw new Error(`Unsupported SVG path command "${token}".`)
      command = token
      i++
      if (command === 'z' || command === 'Z') {
        close()
        x = startX
        y = startY
      }
      continue
    }
    const a = Number(token)
    const b = Number(tokens[i + 1])
    i += 2
    const relative = command === command.toLowerCase()
    x = relative ? x + a : a
    y = relative ? y + b : b
    if (command === 'm' || command === 'M') {
      close()
      ring = [[x, y]]
      startX = x
      startY = y
      // Pairs after a moveto are linetos of the same kind.
      command = relative ? 'l' : 'L'
    } else {
      ;(ring ??= [[startX, startY]]).push([x, y])
    }
  }
  close()
  return rings
}
