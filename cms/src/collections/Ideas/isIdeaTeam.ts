import { idOf } from '../../contract/idOf'
import { sameId } from '../../utilities/sameId'

/** Whether the user wrote the idea or is in its team (as a stored document: ids or populated). */
export const isIdeaTeam = ({ doc, user }: { doc: object; user: unknown }): boolean => {
  const id = idOf(user)
  if (id === null) return false
  const { author, team } = doc as { author?: unknown; team?: unknown }
  if (sameId(author, id)) return true
  return Array.isArray(team) && team.some((member) => sameId(member, id))
}
