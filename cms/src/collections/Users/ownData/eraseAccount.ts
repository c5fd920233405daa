import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import { idOf } from '../../../contract/idOf'
import { outbox } from '../../../email/outbox'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { settings } from '../../../settings'
import { clearOwnContact } from './clearOwnContact'
import { eraseDeskWork } from './eraseDeskWork'
import { eraseOwnVolunteering } from './eraseOwnVolunteering'
import { formerVolunteerName } from './formerVolunteerName'

export type ErasableAccount = {
  id: number | string
  email?: null | string
  displayName?: null | string
  unit?: unknown
  accountStatus?: null | string
}

/** An address nobody can receive mail at (`.invalid` is reserved) and unique, so the real one is free again. */
const placeholderEmail = (id: number | string) =>
  `erased-${String(id)}-${crypto.randomBytes(6).toString('hex')}@erased.invalid`

/**
 * Erases a person's account, inside the caller's transaction (`req`), one adapter call at a
 * time: the account can no longer sign in (status `erased`, no password, no session or token),
 * its personal fields are wiped (the name becomes "a former volunteer of <unit>", the address an
 * unusable placeholder); their practices and comments stay, credited to that name in comments
 * and in the validation history; the contact block of their practices is cleared where it is
 * them; their places on shifts and trainings ahead are released and every sign-up, application
 * and reminder of theirs deleted (`eraseOwnVolunteering`); the desk's support requests name
 * that former volunteer where they named them (`eraseDeskWork`); queued jobs addressed to them are
 * dropped. An account already erased is left as it is.
 * Returns the name it is now known by, and the old address (to forget kept e-mails after commit).
 */
export const eraseAccount = async ({
  account,
  req,
}: {
  account: ErasableAccount
  req: PayloadRequest
}): Promise<{ name: string; formerEmail: null | string }> => {
  const { db } = req.payload
  if (account.accountStatus === 'erased')
    return { name: String(account.displayName ?? ''), formerEmail: null }
  const unitId = idOf(account.unit)
  const unit =
    unitId === null
      ? null
      : await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, req, disableErrors: true })
  const name = formerVolunteerName({ locale: settings.defaultLocale, unitName: unit?.name })

  const { docs: practices } = await db.find<{ id: number | string }>({
    collection: 'practices',
    where: { author: { equals: account.id } },
    limit: 0,
    pagination: false,
    select: {},
    req,
  })
  const cleared = await clearOwnContact({ person: account, practiceIds: practices.map((doc) => doc.id), req })
  // The public site shows a practice's contact when its person agreed: the next build drops it.
  if (cleared > 0) notifySiteAfterCommit({ req, reason: `users ${String(account.id)} erased` })
  await db.updateMany({
    collection: 'comments',
    where: { author: { equals: account.id } },
    data: { authorName: name, updatedAt: null },
    returning: false,
    req,
  })
  await db.updateMany({
    collection: 'workflow-events',
    where: { user: { equals: account.id } },
    data: { userName: name, updatedAt: null },
    returning: false,
    req,
  })
  await eraseOwnVolunteering({ account, name, req })
  await eraseDeskWork({ account, name, req })
  if (account.email) {
    const { docs: jobs } = await db.find<{ id: number | string; input?: unknown }>({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false } },
      limit: 0,
      pagination: false,
      req,
    })
    const email = account.email.toLowerCase()
    for (const job of jobs) {
      if (
        !JSON.stringify(job.input ?? null)
          .toLowerCase()
          .includes(email)
      )
        continue
      await db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: job.id } }, req })
    }
  }
  await db.updateOne({
    collection: 'users',
    id: account.id,
    data: {
      email: placeholderEmail(account.id),
      displayName: name,
      accountStatus: 'erased',
      roles: ['member'],
      accountDecisionComment: null,
      hash: null,
      salt: null,
      sessions: [],
      resetPasswordToken: null,
      resetPasswordExpiration: null,
      _verificationToken: null,
      coordinator: false,
      skills: [],
      shiftFeedToken: null,
      updatedAt: new Date().toISOString(),
    },
    req,
    returning: false,
  })
  return { name, formerEmail: account.email ?? null }
}

/** Forgets what the development transport kept for the old address (after the commit). */
export const forgetKeptEmails = (formerEmail: null | string) => {
  if (!formerEmail) return
  const address = formerEmail.toLowerCase()
  for (let i = outbox.length - 1; i >= 0; i--) {
    if (outbox[i]!.to.toLowerCase().includes(address)) outbox.splice(i, 1)
  }
}
