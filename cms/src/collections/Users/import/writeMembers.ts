import crypto from 'crypto'
import type { Payload } from 'payload'

import type { MemberCandidate, RowReport } from './checkMemberRows'

/** How long an invitation's set-password link works. */
export const INVITATION_DAYS = 14

export type Invitation = { email: string; language: string; name: string; token: string }

const BATCH = 200

const accountData = (candidate: MemberCandidate, token: string, expiration: string) => {
  const now = new Date().toISOString()
  return {
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
  }
}

/**
 * Creates the checked rows, never in parallel. The account has no password (no hash: it cannot
 * sign in with any) until its owner sets one through the reset token written here, made as
 * Payload's forgot-password makes its own, and is active and confirmed. The Local API's create
 * is bypassed on purpose: it hashes a password per row (a fifth of a second each here) and the
 * checks it would run were done in checkMemberRows.
 *
 * Rows go in batches of 200, each batch in one transaction (one commit, not two per row on
 * SQLite; before transactions borrowed pooled connections, poolTransactionConnections, one per
 * row also opened a libsql connection per row, only closed when garbage-collected:
 * SQLITE_CANTOPEN after some thousand). When any row of a batch fails the
 * batch is rolled back whole and its rows are written again one by one (writeOne), so the
 * failing row is reported and the others are kept.
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
  const created = (candidate: MemberCandidate, token: string) => {
    reports.get(candidate.line)!.status = 'created'
    invitations.push({ email: candidate.email, language: candidate.language, name: candidate.name, token })
  }
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH).map((candidate) => ({
      candidate,
      token: crypto.randomBytes(20).toString('hex'),
    }))
    const transactionID = batch.length > 1 ? await payload.db.beginTransaction?.().catch(() => null) : null
    if (transactionID) {
      try {
        for (const { candidate, token } of batch) {
          await payload.db.create({
            collection: 'users',
            data: accountData(candidate, token, expiration),
            req: { transactionID, payload },
            returning: false,
          })
        }
        await payload.db.commitTransaction(transactionID)
        for (const { candidate, token } of batch) created(candidate, token)
        continue
      } catch {
        await payload.db.rollbackTransaction(transactionID).catch(() => {})
      }
    }
    for (const { candidate, token } of batch) {
      if (await writeOne({ payload, candidate, token, expiration, report: reports.get(candidate.line)! }))
        created(candidate, token)
    }
  }
  return invitations
}

/**
 * One row on its own, outside a transaction: on MongoDB the account is one document, written at
 * once; on SQLite its roles are a second table, so a row that fails after its first insert is
 * removed again (found by its own token, which no other account holds). Reports a failure.
 */
const writeOne = async ({
  payload,
  candidate,
  token,
  expiration,
  report,
}: {
  payload: Payload
  candidate: MemberCandidate
  token: string
  expiration: string
  report: RowReport
}): Promise<boolean> => {
  try {
    await payload.db.create({
      collection: 'users',
      data: accountData(candidate, token, expiration),
      returning: false,
    })
    return true
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
    return false
  }
}
