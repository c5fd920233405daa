/** One claim per person and item: `<collection>:<item>:<user>`, unique in the database. */
export const seatClaimKey = ({
  collection,
  item,
  user,
}: {
  collection: string
  item: number | string
  user: number | string
}): string => `${collection}:${String(item)}:${String(user)}`
