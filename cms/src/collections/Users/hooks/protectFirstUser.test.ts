import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { MEMBER_ONLY, protectFirstUser } from './protectFirstUser'

/** The hook as Payload calls it on an empty users collection, with nobody signed in. */
const onEmptyDatabase = (context: Record<string, unknown>) =>
  protectFirstUser({
    data: { roles: ['member'] },
    operation: 'create',
    context,
    req: { context, user: null, payload: { find: async () => ({ docs: [] }) } } as unknown as PayloadRequest,
  } as unknown as Parameters<typeof protectFirstUser>[0])

describe('protectFirstUser', () => {
  it('makes the very first account an administrator, except one created as a member only (single sign-on)', async () => {
    expect(await onEmptyDatabase({})).toEqual({ roles: ['admin', 'member'] })
    expect(await onEmptyDatabase({ [MEMBER_ONLY]: true })).toEqual({ roles: ['member'] })
  })
})
