/** Whether a higher or a lower value of an indicator is the better one. */
export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const

export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number]
