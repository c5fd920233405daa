import fs from 'fs'
import os from 'os'
import path from 'path'
import { seedTemplate } from './seedTemplate'

/**
 * Seeds the demo data once, through the real `npm run seed` entry point, into a template SQLite
 * file that every test file copies (fast, isolated). On MongoDB each test file seeds its own
 * database instead (see createTestPayload).
 */
export default function setup(): () => void {
  // Several projects (cms, seed, the end-to-end ones) list this file: seed once per run. CI may
  // have seeded it already (seedTemplateCli.ts) and set both variables.
  if (process.env.REDCLOUD_TEST_DIR) {
    if (!process.env.REDCLOUD_TEST_TEMPLATE && !process.env.DATABASE_URL?.startsWith('mongodb')) {
      throw new Error('REDCLOUD_TEST_DIR is set without REDCLOUD_TEST_TEMPLATE: seed it or unset both.')
    }
    return () => {}
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-test-'))
  process.env.REDCLOUD_TEST_DIR = dir
  const url = process.env.DATABASE_URL
  if (url && url.startsWith('mongodb')) return () => fs.rmSync(dir, { recursive: true, force: true })

  const started = Date.now()
  const template = seedTemplate(dir)
  process.env.REDCLOUD_TEST_TEMPLATE = template
  console.log(
    `[test setup] demo data seeded into the template database in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
