import crypto from 'crypto'
import type { Payload } from 'payload'

import type { MemberCandidate, RowReport } from './checkMemberRows'

/** How long an invitation's set-password link works. */
export const INVITATION_DAYS = 14

export type Invitation = { email: string; language: string; name: string; token: string }

/**
 * Creates the checked rows one by one, never in parallel. The account has no password (no hash:
 * it cannot sign in with any) until its owner sets one through the reset token written here,
 * made as Payload's forgot-password makes its own, and is active and confirmed. The Local API's
 * create is bypassed on purpose: it hashes a password per row (tens of milliseconds each) and
 * the checks it would run were done in checkMemberRows.
 *
 * No transaction per row: libsql opens every transaction on a new connection that is only
 * closed when garbage-collected, and some thousand in a row run out of file handles
 * (SQLITE_CANTOPEN). On MongoDB the account is one document, written at once; on SQLite its
 * roles are a second table, so a row that fails after its first insert is removed again (found
 * by its own token, which no other account can hold). A row that fails is reported and the
 * others go on.
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
        returning: false,
      })
      report.status = 'created'
      invitations.push({ email: candidate.email, language: candidate.language, name: candidate.name, token })
    } catch (err) {
      const duplicate = /duplicate|unique/i.test(String((err as Error)?.message))
      report.status = 'error'
      report.messages.push(
        duplicate
          ? 'An account with this e-mail address was created meanwhile: left unchanged.'
          : 'The account could not be written; nothing of it was kept.',
      )
      if (!duplicate) {
        payload.logger.error({ err, msg: `Member import: line ${candidate.line} failed` })
        await payload.db
          .deleteOne({
            collection: 'users',
            where: { resetPasswordToken: { equals: token } },
            returning: false,
          })
          .catch((cleanupError: unknown) =>
            payload.logger.error({
              err: cleanupError,
              msg: `Member import: line ${candidate.line} left a partial account`,
            }),
          )
      }
    }
  }
  return invitations
}
