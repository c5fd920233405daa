import { eventItemCollectionMongoMigration } from '../workflowEvents/eventItemCollectionMongoMigration'

/** Workflow events' `collection` becomes `itemCollection` (see the module for why and how). */
export const { up, down } = eventItemCollectionMongoMigration
