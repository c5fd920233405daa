/** The path of the recognised practices' listing, under /<locale>/practices/ (a plain prerendered page). */
export const RECOGNISED_PATH = 'recognised'
