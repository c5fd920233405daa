import { escapeHtml } from '../escapeHtml'
import type { LineChartGeometry } from './lineChartGeometry'

export interface ChartTexts {
  /** Unique on the page: the title and description are referred to by `${id}-t` and `${id}-d`. */
  id: string
  title: string
  description: string
}

/**
 * One indicator's chart as SVG markup: `role="img"` named by its <title> and described by its
 * <desc>, sized by its viewBox (CSS makes it 100% wide), styled by classes only. Every text is
 * escaped here; numbers and dates come formatted by the caller, in the page's language.
 */
export const renderLineChart = ({
  geometry: g,
  texts,
  formatValue,
  formatDate,
  labels,
}: {
  geometry: LineChartGeometry
  texts: ChartTexts
  formatValue: (value: number) => string
  formatDate: (date: string) => string
  labels: { baseline: string; target: string }
}): string => {
  const e = escapeHtml
  const id = e(texts.id)
  const { left, right, top, bottom } = g.plot
  const parts: string[] = [
    `<svg class="chart" role="img" viewBox="0 0 ${g.width} ${g.height}" aria-labelledby="${id}-t" aria-describedby="${id}-d">`,
    `<title id="${id}-t">${e(texts.title)}</title>`,
    `<desc id="${id}-d">${e(texts.description)}</desc>`,
  ]
  for (const tick of g.yTicks)
    parts.push(
      `<path class="grid" d="M${left} ${tick.y}H${right}"/><text class="yl" x="${left - 4}" y="${tick.y + 3}">${e(formatValue(tick.value))}</text>`,
    )
  g.xTicks.forEach((tick, i) => {
    const anchor = g.xTicks.length === 1 ? 'mid' : i === 0 ? 'start' : 'end'
    const x = anchor === 'start' ? left : anchor === 'end' ? right : tick.x
    parts.push(`<text class="xl ${anchor}" x="${x}" y="${bottom + 15}">${e(formatDate(tick.date))}</text>`)
  })
  // Reference lines, labelled at the right end above the line; when the two lines are close,
  // the lower one's label (the baseline's when they coincide) goes below its line instead.
  const close = !!g.baseline && !!g.target && Math.abs(g.baseline.y - g.target.y) < 14
  const lower = close ? (g.target!.y > g.baseline!.y ? g.target : g.baseline) : null
  const refs = [
    { line: g.baseline, cls: 'base', label: labels.baseline },
    { line: g.target, cls: 'tgt', label: labels.target },
  ]
  for (const { line, cls, label } of refs) {
    if (!line) continue
    const below = line === lower && line.y + 14 < bottom
    parts.push(
      `<path class="${cls}" d="M${left} ${line.y}H${right}"/><text class="rl ${cls}" x="${right - 2}" y="${below ? line.y + 13 : line.y - 6}">${e(label)}</text>`,
    )
    if (line.point)
      parts.push(
        `<rect class="${cls}" x="${line.point.x - 4}" y="${line.point.y - 4}" width="8" height="8"/>`,
      )
  }
  if (g.path) parts.push(`<path class="line" d="${g.path}"/>`)
  for (const p of g.points) parts.push(`<circle class="pt" cx="${p.x}" cy="${p.y}" r="3"/>`)
  parts.push(`<path class="axis" d="M${left} ${top}V${bottom}H${right}"/>`, '</svg>')
  return parts.join('')
}
