import { defaultActorRole, type ActorRoleArgs } from '@redcloud/plugin-staged-approval'

/**
 * RedCloud's roles in the history: the plugin's own, except that whoever overrides (or archives
 * without being a national validator) is recorded as what they are here, an administrator.
 */
export const workflowActorRole = (args: Pick<ActorRoleArgs, 'action' | 'caller' | 'levels'>): string => {
  const role = defaultActorRole(args)
  return role === 'overrider' ? 'admin' : role
}
