/**
 * The figures of a chart as a table, folded in a <details> so the chart stays first for sighted
 * readers while screen readers and anyone wanting exact values get every number.
 */
export const ChartTable = ({
  summary,
  caption,
  headings,
  rows,
}: {
  summary: string
  caption: string
  headings: string[]
  rows: { key: string; label: string; href?: string; cells: string[] }[]
}) => (
  <details className="coordinators-chart__table">
    <summary>{summary}</summary>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th scope="col" key={heading}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
            {row.cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </details>
)
