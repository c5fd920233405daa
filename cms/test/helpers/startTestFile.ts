import { outbox } from '../../src/email/outbox'
import { invalidateSimilarityIndex } from '../../src/similarity/practiceSimilarityIndex'

/**
 * A Vitest setup file: runs before each test file. Files of one worker share its modules
 * (`isolate: false`), so each starts with what a new process would have: no Payload instance
 * cached under the default key (createTestPayload's first instance takes it), an empty outbox
 * and no similarity index built from another file's database.
 */
;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
outbox.length = 0
invalidateSimilarityIndex()
