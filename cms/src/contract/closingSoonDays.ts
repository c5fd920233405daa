/** A call whose deadline is this many days away or fewer is listed under "Closing soon". */
export const CLOSING_SOON_DAYS = 14
