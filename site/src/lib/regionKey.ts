/** A region's part of the catalogue's address: its unit code in lower case. */
export const regionKey = (code: string) => code.toLowerCase()
