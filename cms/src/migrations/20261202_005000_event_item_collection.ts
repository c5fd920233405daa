import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Workflow events name the item's collection `itemCollection`, no longer `collection` (a path
 * name Mongoose reserves). The column is renamed in place, so every event keeps its value, and
 * the indexes are rebuilt under their new names: the unique (itemCollection, document, revision)
 * index is what lets one of two simultaneous decisions win. On MongoDB the same change is
 * cms/src/workflowEvents/eventItemCollectionMongoMigration.ts.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_events\` RENAME COLUMN "collection" TO "item_collection";`)
  await db.run(sql`DROP INDEX \`workflow_events_collection_idx\`;`)
  await db.run(sql`DROP INDEX \`collection_document_revision_idx\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_collection_idx\` ON \`workflow_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`itemCollection_document_revision_idx\` ON \`workflow_events\` (\`item_collection\`,\`document\`,\`revision\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_events\` RENAME COLUMN "item_collection" TO "collection";`)
  await db.run(sql`DROP INDEX \`workflow_events_item_collection_idx\`;`)
  await db.run(sql`DROP INDEX \`itemCollection_document_revision_idx\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_idx\` ON \`workflow_events\` (\`collection\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_document_revision_idx\` ON \`workflow_events\` (\`collection\`,\`document\`,\`revision\`);`)
}
