import type { GapMapModel } from '../../serviceGaps/gapMapModel'

/**
 * The gap view's map, rendered on the server as SVG (no script, no tiles): shaded regions and
 * dots are the gaps, each a link to the unit in the admin panel with an accessible name; the
 * list under it says the same in words.
 */
export const GapMap = ({
  model,
  title,
  legendRegion,
  legendUnit,
  unitLabel,
}: {
  model: GapMapModel
  title: string
  legendRegion: string
  legendUnit: string
  unitLabel: (name: string) => string
}) => (
  <figure className="redcloud-gap-map" data-testid="gap-map" style={{ margin: '1rem 0' }}>
    <svg
      viewBox={model.viewBox}
      role="group"
      aria-labelledby="gap-map-title"
      style={{ display: 'block', width: '100%', maxWidth: '32rem', height: 'auto' }}
    >
      <title id="gap-map-title">{title}</title>
      <g>
        {model.regions.map((region) => (
          <path
            key={region.id}
            d={region.path}
            data-gap={region.gap ? 'true' : undefined}
            fill={region.gap ? '#f4c7c3' : '#eeeeee'}
            stroke="#8a7f7f"
            strokeWidth={0.6}
            aria-hidden="true"
          />
        ))}
      </g>
      <g>
        {model.markers.map((marker) => (
          <a
            key={marker.id}
            href={`/admin/collections/units/${marker.id}`}
            aria-label={unitLabel(marker.name)}
          >
            <circle
              cx={marker.x}
              cy={marker.y}
              r={model.radius}
              fill="#b00000"
              stroke="#fff"
              strokeWidth={1}
            />
          </a>
        ))}
      </g>
    </svg>
    <figcaption style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', fontSize: '0.9em' }}>
      <span>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <rect x="1" y="1" width="10" height="10" fill="#f4c7c3" stroke="#8a7f7f" />
        </svg>{' '}
        {legendRegion}
      </span>
      <span>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="5" fill="#b00000" />
        </svg>{' '}
        {legendUnit}
      </span>
    </figcaption>
  </figure>
)
