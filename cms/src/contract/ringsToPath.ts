import type { Ring } from './parseSvgPath'

const round = (n: number) => String(Math.round(n * 10) / 10)

/** Rings as a compact SVG path: absolute moveto, relative linetos at 0.1 px, closed. */
export const ringsToPath = (rings: Ring[]): string =>
  rings
    .map((ring) => {
      const [first, ...rest] = ring
      if (!first) return ''
      let [x, y] = [Math.round(first[0] * 10) / 10, Math.round(first[1] * 10) / 10]
      const steps = rest.map(([px, py]) => {
        const [nx, ny] = [Math.round(px * 10) / 10, Math.round(py * 10) / 10]
        const step = `${round(nx - x)} ${round(ny - y)}`
        ;[x, y] = [nx, ny]
        return step
      })
      return `M${round(first[0])} ${round(first[1])}l${steps.join(' ')}z`
    })
    .join('')
