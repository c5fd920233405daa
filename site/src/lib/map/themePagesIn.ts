import { mapModel } from './mapModel'

type MapModelInput = Parameters<typeof mapModel>[0]

/**
 * The (region, theme) pairs that have something on the map — a unit with an active service or a
 * published practice in that theme inside that region — as `<regionUnitId>:<themeSlug>` keys:
 * the region pages' theme filter links only to maps that show something. Decided by the same
 * model that draws the map.
 */
export const themePagesIn = ({
  input,
  regionUnitIds,
  themes,
}: {
  input: Omit<MapModelInput, 'regionUnitId' | 'theme'>
  regionUnitIds: string[]
  themes: string[]
}): Set<string> =>
  new Set(
    regionUnitIds.flatMap((regionUnitId) =>
      themes
        .filter((theme) => mapModel({ ...input, regionUnitId, theme }).units.length > 0)
        .map((theme) => `${regionUnitId}:${theme}`),
    ),
  )
