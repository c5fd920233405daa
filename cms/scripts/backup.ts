import fs from 'fs'
import { getPayload } from 'payload'

import { writeBackup } from '../src/backup/writeBackup'

// `npm run backup -- --out <file>`: one archive of everything in whatever DATABASE_URL points at
// and of the uploads folder (README "Backups"). Safe while the CMS serves.
const envFile = new URL('../../.env', import.meta.url)
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
// This process only reads or loads data: it never runs the workflow's scheduled jobs.
process.env.JOBS_AUTORUN = 'false'
const at = process.argv.indexOf('--out')
const out = at >= 0 ? process.argv[at + 1] : undefined
if (!out) {
  console.error('usage: npm run backup -- --out <file>')
  process.exit(2)
}
const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config })
try {
  const started = Date.now()
  const { counts, files } = await writeBackup({ payload, out })
  const documents = Object.values(counts).reduce((sum, count) => sum + count.documents, 0)
  const versions = Object.values(counts).reduce((sum, count) => sum + count.versions, 0)
  console.log(
    `Backup written to ${out}: ${documents} documents, ${versions} versions, ${files.length} files ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  process.exit(0)
} catch (error) {
  console.error('The backup failed:', error instanceof Error ? error.message : error)
  process.exit(1)
}
