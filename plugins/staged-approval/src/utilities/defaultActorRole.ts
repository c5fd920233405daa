import type { ActorRoleArgs } from '../types'

/**
 * The role an acting user held in a transition, from what the plugin knows of them: the
 * author's own moves, a validator's decisions, an override by someone allowed to override.
 */
export const defaultActorRole = ({
  action,
  caller,
  levels,
}: Pick<ActorRoleArgs, 'action' | 'caller' | 'levels'>): string => {
  switch (action) {
    case 'submit':
    case 'resubmit':
    case 'withdraw':
      return caller.isAuthor ? 'author' : 'submitter'
    case 'approve':
    case 'request_changes':
    case 'reject':
      return 'validator'
    case 'archive':
      return caller.validatorLevel === levels[levels.length - 1] && caller.isInScope
        ? 'validator'
        : 'overrider'
    case 'override':
      return 'overrider'
  }
}
