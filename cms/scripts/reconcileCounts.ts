import fs from 'fs'
import { getPayload } from 'payload'

import { reconcilePracticeCounts } from '../src/practices/reconcilePracticeCounts'

// `npm run counts:reconcile`: recounts every practice's likes, visible comments and confirmed replications from the rows
// in whatever DATABASE_URL points at. Safe to run any time and as often as wanted.
const envFile = new URL('../../.env', import.meta.url)
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config })
try {
  const corrected = await reconcilePracticeCounts({ payload })
  console.log(`Counters reconciled: ${corrected} practice(s) corrected.`)
  process.exit(0)
} catch (error) {
  console.error('Reconciling the counters failed:', error instanceof Error ? error.message : error)
  process.exit(1)
}
