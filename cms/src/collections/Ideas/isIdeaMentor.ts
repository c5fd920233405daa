import { idOf } from '../../contract/idOf'
import { sameId } from '../../utilities/sameId'

/** Whether the user mentors the idea. */
export const isIdeaMentor = ({ doc, user }: { doc: object; user: unknown }): boolean => {
  const id = idOf(user)
  const { mentors } = doc as { mentors?: unknown }
  return id !== null && Array.isArray(mentors) && mentors.some((mentor) => sameId(mentor, id))
}
