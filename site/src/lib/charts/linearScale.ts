/**
 * Maps [d0, d1] onto [r0, r1] linearly; an empty domain maps everything to the middle of the range.
 */
export const linearScale =
  ([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) =>
  (value: number): number =>
    d0 === d1 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)
