/** The path of the catalogue sorted by most replicated, under /<locale>/practices/ (a plain prerendered page). */
export const REPLICATED_PATH = 'most-replicated'
