import { ChartTable } from './ChartTable'

export type MonthGridRow = { key: string; label: string; counts: number[]; strong?: boolean }

const WIDTH = 680
const LABEL = 220
const CELL_HEIGHT = 22
const HEADER = 22
const MAX_ROWS = 15

/**
 * Counts per month and per group drawn on the server as an SVG grid: one row per group, one
 * column per month, each cell darker the more it holds, with its number. The first MAX_ROWS rows
 * are drawn (the busiest, as given); the table that follows holds every row.
 */
export const MonthGrid = ({
  id,
  title,
  description,
  labelHeading,
  months,
  rows,
  tableLabel,
}: {
  id: string
  title: string
  description?: string
  labelHeading: string
  /** Column headings, one per month. */
  months: string[]
  rows: MonthGridRow[]
  tableLabel: string
}) => {
  const drawn = rows.slice(0, MAX_ROWS)
  const cell = (WIDTH - LABEL) / Math.max(1, months.length)
  const max = Math.max(1, ...drawn.filter((row) => !row.strong).flatMap((row) => row.counts))
  const height = HEADER + drawn.length * CELL_HEIGHT + 2
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
        <g aria-hidden="true">
          {months.map((month, m) => (
            <text
              key={month}
              x={LABEL + m * cell + cell / 2}
              y={14}
              textAnchor="middle"
              className="coordinators-chart__axis"
            >
              {month}
            </text>
          ))}
          {drawn.map((row, r) => {
            const y = HEADER + r * CELL_HEIGHT
            return (
              <g key={row.key}>
                <text
                  x={LABEL - 8}
                  y={y + 15}
                  textAnchor="end"
                  className={row.strong ? 'coordinators-chart__strong' : undefined}
                >
                  {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
                </text>
                {row.counts.map((count, m) => (
                  <g key={m}>
                    <rect
                      className={
                        count > 0
                          ? 'coordinators-chart__cell'
                          : 'coordinators-chart__cell coordinators-chart__cell--empty'
                      }
                      x={LABEL + m * cell + 1}
                      y={y + 1}
                      width={cell - 2}
                      height={CELL_HEIGHT - 2}
                      fillOpacity={
                        count > 0 ? (row.strong ? 1 : 0.2 + 0.8 * Math.min(1, count / max)) : undefined
                      }
                    />
                    {count > 0 ? (
                      <text
                        x={LABEL + m * cell + cell / 2}
                        y={y + 15}
                        textAnchor="middle"
                        className="coordinators-chart__value"
                      >
                        {count}
                      </text>
                    ) : null}
                  </g>
                ))}
              </g>
            )
          })}
        </g>
      </svg>
      <ChartTable
        summary={tableLabel}
        caption={title}
        headings={[labelHeading, ...months]}
        rows={rows.map((row) => ({ key: row.key, label: row.label, cells: row.counts.map(String) }))}
      />
    </figure>
  )
}
