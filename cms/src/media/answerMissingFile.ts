import fs from 'fs/promises'
import path from 'path'
import type { PayloadRequest, UploadConfig } from 'payload'

import { headersWithCors } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const answer = async ({
  filename,
  req,
  staticDir,
}: {
  filename: string
  req: PayloadRequest
  staticDir: string
}): Promise<Response | void> => {
  const filePath = path.resolve(staticDir, filename)
  if (!filePath.startsWith(path.resolve(staticDir) + path.sep)) return
  const exists = await fs
    .stat(filePath)
    .then((stats) => stats.isFile())
    .catch(() => false)
  if (exists) return
  return Response.json(
    { errors: [{ message: `There is no file named "${filename}".` }] },
    { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

/**
 * An upload handler that runs before Payload serves a file from disk: a name with no file
 * behind it is a 404 with a message. Payload answers 500 there for callers whose read access
 * is `true` (content managers, admins), who skip its database lookup. Returns nothing otherwise,
 * so Payload goes on and serves the file.
 * (Payload's handler type says Promise<Response> or Promise<void>; either may come back.)
 */
export const answerMissingFile =
  ({ staticDir }: { staticDir: string }): UploadHandler =>
  (req, { params }) =>
    answer({ filename: params.filename, req, staticDir }) as Promise<void>
