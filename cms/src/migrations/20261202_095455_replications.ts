import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`replications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`practice_id\` integer,
  	\`status\` text DEFAULT 'planned',
  	\`start_date\` text,
  	\`end_date\` text,
  	\`linked_practice_id\` integer,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`confirmed_at\` text,
  	\`unique_key\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`workflow_return_to\` text,
  	\`workflow_stage_entered_at\` text,
  	\`workflow_reminded_at\` text,
  	\`workflow_escalated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`linked_practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`replications_practice_idx\` ON \`replications\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`replications_linked_practice_idx\` ON \`replications\` (\`linked_practice_id\`);`)
  await db.run(sql`CREATE INDEX \`replications_unit_idx\` ON \`replications\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`replications_author_idx\` ON \`replications\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`replications_confirmed_at_idx\` ON \`replications\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`replications_unique_key_idx\` ON \`replications\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`replications_workflow_workflow_stage_idx\` ON \`replications\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`replications_updated_at_idx\` ON \`replications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`replications_created_at_idx\` ON \`replications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`replications__status_idx\` ON \`replications\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`practice_unit_idx\` ON \`replications\` (\`practice_id\`,\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`replications_locales\` (
  	\`adaptations\` text,
  	\`results\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`replications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`replications_locales_locale_parent_id_unique\` ON \`replications_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Translations are read by document: an index that starts with _parent_id (cms/test/localeIndexes.test.ts).
  await db.run(sql`CREATE INDEX \`replications_locales_parent_id_idx\` ON \`replications_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_replications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_practice_id\` integer,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_linked_practice_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_confirmed_at\` text,
  	\`version_unique_key\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_workflow_return_to\` text,
  	\`version_workflow_stage_entered_at\` text,
  	\`version_workflow_reminded_at\` text,
  	\`version_workflow_escalated_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`replications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_linked_practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_replications_v_parent_idx\` ON \`_replications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_practice_idx\` ON \`_replications_v\` (\`version_practice_id\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_linked_practice_idx\` ON \`_replications_v\` (\`version_linked_practice_id\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_unit_idx\` ON \`_replications_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_author_idx\` ON \`_replications_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_confirmed_at_idx\` ON \`_replications_v\` (\`version_confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_unique_key_idx\` ON \`_replications_v\` (\`version_unique_key\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_workflow_version_workflow_stage_idx\` ON \`_replications_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_updated_at_idx\` ON \`_replications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_created_at_idx\` ON \`_replications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version__status_idx\` ON \`_replications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_created_at_idx\` ON \`_replications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_updated_at_idx\` ON \`_replications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_snapshot_idx\` ON \`_replications_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_published_locale_idx\` ON \`_replications_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_replications_v_latest_idx\` ON \`_replications_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_practice_version_unit_idx\` ON \`_replications_v\` (\`version_practice_id\`,\`version_unit_id\`);`)
  await db.run(sql`CREATE TABLE \`_replications_v_locales\` (
  	\`version_adaptations\` text,
  	\`version_results\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_replications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_replications_v_locales_locale_parent_id_unique\` ON \`_replications_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Translations are read by document: an index that starts with _parent_id (cms/test/localeIndexes.test.ts).
  await db.run(sql`CREATE INDEX \`_replications_v_locales_parent_id_idx\` ON \`_replications_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`replication_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`practices_replication_count_idx\` ON \`practices\` (\`replication_count\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_replication_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_replication_count_idx\` ON \`_practices_v\` (\`version_replication_count\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`replications_id\` integer REFERENCES replications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_replications_id_idx\` ON \`payload_locked_documents_rels\` (\`replications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`replications\`;`)
  await db.run(sql`DROP TABLE \`replications_locales\`;`)
  await db.run(sql`DROP TABLE \`_replications_v\`;`)
  await db.run(sql`DROP TABLE \`_replications_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`measurements_id\` integer,
  	\`indicators_id\` integer,
  	\`themes_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`comments_id\` integer,
  	\`likes_id\` integer,
  	\`faq_id\` integer,
  	\`guides_id\` integer,
  	\`media_id\` integer,
  	\`workflow_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measurements_id\`) REFERENCES \`measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`likes_id\`) REFERENCES \`likes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "practices_id", "measurements_id", "indicators_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "media_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "practices_id", "measurements_id", "indicators_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "media_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_likes_id_idx\` ON \`payload_locked_documents_rels\` (\`likes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`DROP INDEX \`practices_replication_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`replication_count\`;`)
  await db.run(sql`DROP INDEX \`_practices_v_version_version_replication_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_replication_count\`;`)
}
