import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { eraseAccount, type ErasableAccount, forgetKeptEmails } from '../ownData/eraseAccount'

/**
 * Erases the account `id` in one transaction of its own (all or nothing; an account already
 * erased stays as it is, so a retry is harmless), then forgets the e-mails the development
 * transport kept for it. Null when there is no such account.
 */
export const runErasure = async ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<null | { id: number | string; displayName: string }> => {
  const shouldCommit = await initTransaction(req)
  let result: Awaited<ReturnType<typeof eraseAccount>>
  let erasedId: number | string
  try {
    const account = await req.payload.db.findOne<ErasableAccount>({
      collection: 'users',
      req,
      where: { id: { equals: id } },
    })
    if (!account) {
      await killTransaction(req)
      return null
    }
    erasedId = account.id
    result = await eraseAccount({ account, req })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  forgetKeptEmails(result.formerEmail)
  return { id: erasedId, displayName: result.name }
}
