import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { settings } from '../../../settings'
import { checkMemberRows, readHeader, type RowReport } from '../import/checkMemberRows'
import { parseCsv } from '../import/parseCsv'
import { sendInvitations } from '../import/sendInvitations'
import { writeMembers } from '../import/writeMembers'

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024
export const IMPORT_MAX_ROWS = 20_000
const LOOKUP_CHUNK = 500

const tooLarge = () =>
  new APIError(
    `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB: split it.`,
    413,
    undefined,
    true,
  )

/** The CSV as text: the `file` of a multipart form, or the body itself (text/csv). */
const readCsv = async (req: PayloadRequest): Promise<string> => {
  if (Number(req.headers.get('content-length') ?? 0) > IMPORT_MAX_BYTES) throw tooLarge()
  const contentType = (req.headers.get('content-type') ?? '').toLowerCase()
  let bytes: Uint8Array
  if (contentType.startsWith('multipart/')) {
    await addDataAndFileToRequest(req)
    if (!req.file?.data) throw new APIError('Send the CSV as the form field "file".', 400, undefined, true)
    bytes = req.file.data
  } else {
    bytes = new Uint8Array((await req.arrayBuffer?.()) ?? new ArrayBuffer(0))
  }
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw tooLarge()
  return new TextDecoder('utf-8').decode(bytes)
}

/** code (upper case) → id of every unit. */
const unitIdsByCode = async (req: PayloadRequest) => {
  const { docs } = await req.payload.db.find<{ id: number | string; code?: null | string }>({
    collection: 'units',
    limit: 0,
    pagination: false,
    select: { code: true },
  })
  return new Map(docs.filter((unit) => unit.code).map((unit) => [unit.code!.toUpperCase(), unit.id]))
}

/** Which of these addresses already have an account (looked up a chunk at a time, in turn). */
const existingEmails = async (req: PayloadRequest, emails: string[]) => {
  const found = new Set<string>()
  for (let i = 0; i < emails.length; i += LOOKUP_CHUNK) {
    const { docs } = await req.payload.db.find<{ email?: string }>({
      collection: 'users',
      limit: 0,
      pagination: false,
      select: { email: true },
      where: { email: { in: emails.slice(i, i + LOOKUP_CHUNK) } },
    })
    for (const doc of docs) if (doc.email) found.add(doc.email.toLowerCase())
  }
  return found
}

const countsOf = (rows: RowReport[]) => {
  const counts = { total: rows.length, created: 0, 'would-create': 0, skipped: 0, error: 0 }
  for (const row of rows) counts[row.status]++
  return counts
}

/**
 * POST /api/users/import (`?dryRun=true` to only check): administrators import members from a
 * CSV with the columns name, email, unit (code), roles, language. Answers one report per line:
 * `would-create` (dry run) or `created`, `skipped` (the address has an account, left unchanged)
 * or `error` with the reasons; a row that fails never stops the others. The invitations (a
 * set-password link, in the person's language) are e-mailed after the answer. 401 anonymous,
 * 403 anyone but an admin, 413 over 5 MB, 400 over 20 000 rows or without the columns.
 */
export const importMembers: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to import members.', 401, undefined, true)
    if (!hasRole(req.user, 'admin')) {
      throw new APIError('Only administrators import members.', 403, undefined, true)
    }
    // any value but false or 0 (yes, on…) is a dry run: a typo never writes
    const dryParam = req.searchParams.get('dryRun')
    const dryRun = dryParam !== null && !['false', '0'].includes(dryParam.toLowerCase())
    const [header, ...records] = parseCsv(await readCsv(req))
    if (!header) throw new APIError('The file is empty.', 400, undefined, true)
    if (records.length > IMPORT_MAX_ROWS) {
      throw new APIError(
        `The file has ${records.length} rows; at most ${IMPORT_MAX_ROWS} are imported at once: split it.`,
        400,
        undefined,
        true,
      )
    }
    const read = readHeader(header.fields)
    if ('problem' in read) throw new APIError(read.problem, 400, undefined, true)

    const emailColumn = read.columns.email
    const emails = [
      ...new Set(
        records.map((record) => (record.fields[emailColumn] ?? '').trim().toLowerCase()).filter(Boolean),
      ),
    ]
    const { reports, candidates } = checkMemberRows({
      records,
      columns: read.columns,
      unitIds: await unitIdsByCode(req),
      existingEmails: await existingEmails(req, emails),
      defaultLocale: settings.defaultLocale,
    })
    if (!dryRun) {
      const { payload } = req
      const invitations = await writeMembers({
        payload,
        candidates,
        reports: new Map(reports.map((report) => [report.line, report])),
      })
      void sendInvitations({ payload, invitations }).catch((err: unknown) =>
        payload.logger.error({ err, msg: 'Member import invitations failed' }),
      )
    }
    return Response.json(
      { dryRun, rows: reports, counts: countsOf(reports) },
      { headers: req.responseHeaders },
    )
  },
}
