import { execFileSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Seeds the demo data once, through the real `npm run seed` entry point, into a template SQLite
 * file that every test file copies (fast, isolated). On MongoDB each test file seeds its own
 * database instead (see createTestPayload).
 */
export default function setup(): () => void {
  // Several projects (cms, seed, the end-to-end ones) list this file: seed once per run.
  if (process.env.REDCLOUD_TEST_DIR) return () => {}
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-test-'))
  process.env.REDCLOUD_TEST_DIR = dir
  const url = process.env.DATABASE_URL
  if (url && url.startsWith('mongodb')) return () => fs.rmSync(dir, { recursive: true, force: true })

  const template = path.join(dir, 'template.db')
  const started = Date.now()
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['seed/src/run.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${template}`,
      REDCLOUD_DATA_DIR: path.join(dir, 'data'),
      NODE_ENV: 'test',
      PAYLOAD_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  process.env.REDCLOUD_TEST_TEMPLATE = template
  console.log(
    `[test setup] demo data seeded into the template database in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
