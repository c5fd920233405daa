import fs from 'fs'

import { seedTemplate } from './seedTemplate'

/**
 * `tsx cms/test/helpers/seedTemplateCli.ts <dir>`: seeds the tests' template ahead of `npm test`
 * (CI does it while type-checking), which then uses it when REDCLOUD_TEST_DIR and
 * REDCLOUD_TEST_TEMPLATE name it.
 */
const dir = process.argv[2]
if (!dir) throw new Error('usage: seedTemplateCli.ts <dir>')
fs.mkdirSync(dir, { recursive: true })
const started = Date.now()
seedTemplate(dir)
console.log(
  `[test setup] demo data seeded into ${dir}/template.db in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
