import { toSeedPractice } from './practiceSets/compact'
import { lazio } from './practiceSets/lazio'
import { lombardia } from './practiceSets/lombardia'
import { national } from './practiceSets/national'
import { north } from './practiceSets/north'
import { south } from './practiceSets/south'
import type { SeedPractice } from './types'

/** The demo practices: about 50 published, the rest spread over the workflow's other stages. */
export const practices: SeedPractice[] = [...lombardia, ...lazio, ...north, ...south, ...national].map(
  toSeedPractice,
)
