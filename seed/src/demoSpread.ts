/** A number from a demo item's slug, the same on every machine, to spread its dates. */
export const demoSpread = (slug: string): number =>
  [...slug].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 9973, 7)
