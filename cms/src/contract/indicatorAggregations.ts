/**
 * How an indicator adds up across practices: summed (people reached), averaged (a response
 * time) or not at all (a rate that means nothing outside its own practice).
 */
export const INDICATOR_AGGREGATIONS = ['sum', 'average', 'none'] as const

export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number]
