import { ChartTable } from './ChartTable'

export type BarRow = {
  key: string
  label: string
  /** One value per series; null draws no bar. */
  values: (null | number)[]
  /** The values as people read them (a duration, a count). */
  texts: string[]
  href?: string
}

const WIDTH = 640
const LABEL = 200
const BAR = 16
const GAP = 6
const ROW_GAP = 14
const TONES = ['coordinators-chart__bar', 'coordinators-chart__bar coordinators-chart__bar--strong']

/**
 * A horizontal bar chart drawn on the server as SVG: one group of bars per row, one bar per
 * series, each value written at its end. The image is named by `title` (and `description`); the
 * same figures follow as a table for screen readers and for reading exact values.
 */
export const BarChart = ({
  id,
  title,
  description,
  labelHeading,
  series,
  rows,
  tableLabel,
}: {
  id: string
  title: string
  description?: string
  labelHeading: string
  series: string[]
  rows: BarRow[]
  tableLabel: string
}) => {
  const max = Math.max(1, ...rows.flatMap((row) => row.values.map((value) => value ?? 0)))
  const rowHeight = series.length * (BAR + GAP) - GAP + ROW_GAP
  const height = rows.length * rowHeight + (series.length > 1 ? 28 : 4)
  const scale = (value: number) => (value / max) * (WIDTH - LABEL - 90)
  return (
    <figure className="coordinators-chart" data-chart={id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title${description ? ` ${id}-desc` : ''}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        {description ? <desc id={`${id}-desc`}>{description}</desc> : null}
        {rows.map((row, r) => {
          const top = r * rowHeight
          return (
            <g key={row.key} aria-hidden="true">
              <text x={LABEL - 8} y={top + (series.length * (BAR + GAP) - GAP) / 2 + 5} textAnchor="end">
                {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
              </text>
              {row.values.map((value, s) =>
                value === null ? null : (
                  <g key={s}>
                    <rect
                      className={TONES[s % TONES.length]}
                      x={LABEL}
                      y={top + s * (BAR + GAP)}
                      width={Math.max(2, scale(value))}
                      height={BAR}
                      rx={2}
                    />
                    <text x={LABEL + Math.max(2, scale(value)) + 6} y={top + s * (BAR + GAP) + BAR - 3}>
                      {row.texts[s]}
                    </text>
                  </g>
                ),
              )}
            </g>
          )
        })}
        {series.length > 1 ? (
          <g aria-hidden="true" transform={`translate(${LABEL}, ${height - 14})`}>
            {series.map((name, s) => (
              <g key={name} transform={`translate(${s * 160}, 0)`}>
                <rect className={TONES[s % TONES.length]} width={12} height={12} y={-10} rx={2} />
                <text x={18}>{name}</text>
              </g>
            ))}
          </g>
        ) : null}
      </svg>
      <ChartTable
        summary={tableLabel}
        caption={title}
        headings={[labelHeading, ...series]}
        rows={rows.map((row) => ({ key: row.key, label: row.label, href: row.href, cells: row.texts }))}
      />
    </figure>
  )
}
