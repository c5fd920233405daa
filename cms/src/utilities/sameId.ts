import { idOf } from '../contract/idOf'

/** Compares two relationship values by ID, whatever their type or population. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== null && right !== null && String(left) === String(right)
}
