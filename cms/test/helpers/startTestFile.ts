import { outbox } from '../../src/email/outbox'
import { invalidateSimilarityIndex } from '../../src/similarity/practiceSimilarityIndex'

const store = globalThis as typeof globalThis & { __redcloudFirstEnv?: NodeJS.ProcessEnv }

/**
 * A Vitest setup file: runs before each test file. Files of one worker share its modules
 * (`isolate: false`), so each starts with what a new process would have: the environment the
 * worker started with (a file or helper may point DATABASE_URL elsewhere) but the uploads folder
 * its first file chose, no Payload instance
 * cached under the default key (createTestPayload's first instance takes it), an empty outbox
 * and no similarity index built from another file's database.
 */
if (store.__redcloudFirstEnv) {
  const first = store.__redcloudFirstEnv
  // Read once, at the config's import (cms/src/utilities/dataDir): the uploads stay where it said.
  const dataDir = process.env.REDCLOUD_DATA_DIR
  for (const key of Object.keys(process.env)) if (!(key in first)) delete process.env[key]
  Object.assign(process.env, first, dataDir ? { REDCLOUD_DATA_DIR: dataDir } : {})
} else {
  store.__redcloudFirstEnv = { ...process.env }
}
;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
outbox.length = 0
invalidateSimilarityIndex()
