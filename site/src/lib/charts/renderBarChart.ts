import { escapeHtml } from '../escapeHtml'
import type { BarChartGeometry } from './barChartGeometry'
import type { ChartTexts } from './renderLineChart'

/**
 * Bars as SVG markup, accessible and styled like the line chart (`role="img"`, <title>, <desc>,
 * classes only); every text escaped here, values formatted by the caller.
 */
export const renderBarChart = ({
  geometry: g,
  texts,
  formatValue,
}: {
  geometry: BarChartGeometry
  texts: ChartTexts
  formatValue: (value: number) => string
}): string => {
  const e = escapeHtml
  const id = e(texts.id)
  const parts = [
    `<svg class="chart bars" role="img" viewBox="0 0 ${g.width} ${g.height}" aria-labelledby="${id}-t" aria-describedby="${id}-d">`,
    `<title id="${id}-t">${e(texts.title)}</title>`,
    `<desc id="${id}-d">${e(texts.description)}</desc>`,
  ]
  for (const bar of g.bars) {
    const anchor = bar.valueInside === bar.value < 0 ? 'start' : 'end'
    parts.push(
      `<text class="bl" x="4" y="${bar.labelY}">${e(bar.label)}</text>`,
      `<rect class="bar" x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"/>`,
      `<text class="bv ${anchor}${bar.valueInside ? ' in' : ''}" x="${bar.valueX}" y="${bar.y + 11}">${e(formatValue(bar.value))}</text>`,
    )
  }
  parts.push(`<path class="axis" d="M${g.zeroX} 0V${g.height}"/>`, '</svg>')
  return parts.join('')
}
