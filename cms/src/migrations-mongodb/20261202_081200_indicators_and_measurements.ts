import { measuredValuesMongoMigration } from '../practices/measuredValuesMongoMigration'

/** Practices' `measured` values become measurements; indicator rows get keys (see the module). */
export const { up, down } = measuredValuesMongoMigration
