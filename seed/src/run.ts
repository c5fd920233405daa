import fs from 'fs'
import { getPayload } from 'payload'

import { seed } from './seed'

// `npm run seed [-- --reset]`: loads the demo data into whatever DATABASE_URL points at.
// The root .env is read before the CMS config, which takes its settings from the environment.
const envFile = new URL('../../.env', import.meta.url)
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
const { default: config } = await import('@redcloud/cms/payload.config')

const reset = process.argv.includes('--reset') || process.env.SEED_RESET === 'true'
const payload = await getPayload({ config })
const started = Date.now()
try {
  await seed({ payload, reset, log: (line) => console.log(line) })
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  process.exit(0)
} catch (error) {
  console.error('Seeding failed:', error instanceof Error ? error.message : error)
  process.exit(1)
}
