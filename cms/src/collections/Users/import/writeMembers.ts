import crypto from 'crypto'
import type { Payload } from 'payload'

import type { MemberCandidate, RowReport } from './checkMemberRows'

/** How long an invitation's set-password link works. */
export const INVITATION_DAYS = 14

export type Invitation = { email: string; language: string; name: string; token: string }

/**
 * Creates the checked rows one by one, each in its own transaction (on SQLite the roles are a
 * second table: a failure must not leave half an account), never in parallel. The account has no
 * password (no hash: it cannot sign in with any) until its owner sets one through the reset
 * token written here, made as Payload's forgot-password makes its own, and is active and
 * confirmed. The Local API's create is bypassed on purpose: it hashes a password per row (tens of
 * milliseconds each) and the checks it would run were done in checkMemberRows. A row that fails
 * (an address taken in the meantime…) is reported and the others go on.
 */
export const writeMembers = async ({
  payload,
  candidates,
  reports,
}: {
  payload: Payload
  candidates: MemberCandidate[]
  reports: Map<number, RowReport>
}): Promise<Invitation[]> => {
  const invitations: Invitation[] = []
  const expiration = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString()
  for (const candidate of candidates) {
    const report = reports.get(candidate.line)!
    const token = crypto.randomBytes(20).toString('hex')
    const now = new Date().toISOString()
    const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
    try {
      await payload.db.create({
        collection: 'users',
        data: {
          email: candidate.email,
          displayName: candidate.name,
          unit: candidate.unit,
          roles: candidate.roles,
          preferredLanguage: candidate.language,
          notificationMode: 'immediate',
          accountStatus: 'active',
          _verified: true,
          resetPasswordToken: token,
          resetPasswordExpiration: expiration,
          createdAt: now,
          updatedAt: now,
        },
        req: transactionID ? { transactionID, payload } : { payload },
        returning: false,
      })
      if (transactionID) await payload.db.commitTransaction(transactionID)
      report.status = 'created'
      invitations.push({ email: candidate.email, language: candidate.language, name: candidate.name, token })
    } catch (err) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID).catch(() => {})
      const duplicate = /duplicate|unique/i.test(String((err as Error)?.message))
      report.status = 'error'
      report.messages.push(
        duplicate
          ? 'An account with this e-mail address was created meanwhile: left unchanged.'
          : 'The account could not be written; nothing of it was kept.',
      )
      if (!duplicate) payload.logger.error({ err, msg: `Member import: line ${candidate.line} failed` })
    }
  }
  return invitations
}
