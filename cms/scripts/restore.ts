import fs from 'fs'
import { getPayload } from 'payload'

import { restoreBackup } from '../src/backup/restoreBackup'

// `npm run restore -- <file> [--force]`: loads an archive written by `npm run backup` into the
// empty database DATABASE_URL points at and into the uploads folder (README "Backups").
const envFile = new URL('../../.env', import.meta.url)
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
// This process only reads or loads data: it never runs the workflow's scheduled jobs.
process.env.JOBS_AUTORUN = 'false'
const args = process.argv.slice(2)
const force = args.includes('--force')
const file = args.find((arg) => !arg.startsWith('--'))
if (!file) {
  console.error('usage: npm run restore -- <file> [--force]')
  process.exit(2)
}
if (!fs.existsSync(file)) {
  console.error(`No such file: ${file}`)
  process.exit(2)
}
const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config })
try {
  const started = Date.now()
  const done = await restoreBackup({ payload, file, force })
  console.log(
    `Restored ${done.documents} documents, ${done.versions} versions and ${done.files} files ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  process.exit(0)
} catch (error) {
  console.error('The restore failed:', error instanceof Error ? error.message : error)
  process.exit(1)
}
