import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { insertMeasuredAsSql } from '../backfills/insertMeasuredAsSql'
import type { MeasuredValue } from '../backfills/MeasuredValue'

/**
 * The indicator library (`indicators`) and measurements over time (`measurements`, drafts and a
 * one-step confirmation). A practice's indicator rows get a library pick, a computed `custom`
 * flag, a stable `key` (for migrated rows: their row id), baseline and target dates; their old
 * `measured` value becomes a confirmed measurement of the row (no loss), read before the column
 * goes.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const measured = (await db.all(sql`
    SELECT qi.id AS "key", qi._parent_id AS "practice", qi.measured AS "value",
      p.activity_end_date AS "activityEndDate", p.published_at AS "publishedAt",
      p.unit_id AS "unit", p.author_id AS "author"
    FROM practices_quality_indicators qi JOIN practices p ON p.id = qi._parent_id
    WHERE qi.measured IS NOT NULL ORDER BY qi._parent_id, qi._order`)) as MeasuredValue[]
  await db.run(sql`CREATE TABLE \`measurements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`practice_id\` integer,
  	\`indicator_key\` text,
  	\`date\` text,
  	\`value\` numeric,
  	\`source\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
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
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`measurements_practice_idx\` ON \`measurements\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_indicator_key_idx\` ON \`measurements\` (\`indicator_key\`);`)
  await db.run(sql`CREATE INDEX \`measurements_date_idx\` ON \`measurements\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`measurements_unit_idx\` ON \`measurements\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_author_idx\` ON \`measurements\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_workflow_workflow_stage_idx\` ON \`measurements\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`measurements_updated_at_idx\` ON \`measurements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`measurements_created_at_idx\` ON \`measurements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`measurements__status_idx\` ON \`measurements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_measurements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_practice_id\` integer,
  	\`version_indicator_key\` text,
  	\`version_date\` text,
  	\`version_value\` numeric,
  	\`version_source\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`measurements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_measurements_v_parent_idx\` ON \`_measurements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_practice_idx\` ON \`_measurements_v\` (\`version_practice_id\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_indicator_key_idx\` ON \`_measurements_v\` (\`version_indicator_key\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_date_idx\` ON \`_measurements_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_unit_idx\` ON \`_measurements_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_author_idx\` ON \`_measurements_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_workflow_version_workflow_stage_idx\` ON \`_measurements_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_updated_at_idx\` ON \`_measurements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_created_at_idx\` ON \`_measurements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version__status_idx\` ON \`_measurements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_created_at_idx\` ON \`_measurements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_updated_at_idx\` ON \`_measurements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_snapshot_idx\` ON \`_measurements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_published_locale_idx\` ON \`_measurements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_latest_idx\` ON \`_measurements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`direction\` text DEFAULT 'higher' NOT NULL,
  	\`aggregation\` text DEFAULT 'sum' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`name\` text NOT NULL,
  	\`definition\` text,
  	\`unit_of_measure\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Translations are read by document (see 20261123_000500_locale_parent_indexes).
  await db.run(sql`CREATE INDEX \`indicators_locales_parent_id_idx\` ON \`indicators_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_rels_order_idx\` ON \`indicators_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_parent_idx\` ON \`indicators_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_path_idx\` ON \`indicators_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_themes_id_idx\` ON \`indicators_rels\` (\`themes_id\`);`)
  await db.run(sql`ALTER TABLE \`practices_quality_indicators\` ADD \`indicator_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`practices_quality_indicators\` ADD \`custom\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`practices_quality_indicators\` ADD \`key\` text;`)
  await db.run(sql`ALTER TABLE \`practices_quality_indicators\` ADD \`baseline_date\` text;`)
  await db.run(sql`ALTER TABLE \`practices_quality_indicators\` ADD \`target_date\` text;`)
  await db.run(sql`CREATE INDEX \`practices_quality_indicators_indicator_idx\` ON \`practices_quality_indicators\` (\`indicator_id\`);`)
  await db.run(sql`ALTER TABLE \`practices_quality_indicators\` DROP COLUMN \`measured\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v_version_quality_indicators\` ADD \`indicator_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`_practices_v_version_quality_indicators\` ADD \`custom\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_practices_v_version_quality_indicators\` ADD \`key\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v_version_quality_indicators\` ADD \`baseline_date\` text;`)
  await db.run(sql`ALTER TABLE \`_practices_v_version_quality_indicators\` ADD \`target_date\` text;`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_quality_indicators_indicator_idx\` ON \`_practices_v_version_quality_indicators\` (\`indicator_id\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v_version_quality_indicators\` DROP COLUMN \`measured\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`measurements_id\` integer REFERENCES measurements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  // Every row so far is the practice's own; its key is its row id (the same in its versions).
  await db.run(sql`UPDATE \`practices_quality_indicators\` SET \`key\` = \`id\`, \`custom\` = 1 WHERE \`key\` IS NULL;`)
  await db.run(
    sql`UPDATE \`_practices_v_version_quality_indicators\` SET \`key\` = COALESCE(\`_uuid\`, lower(hex(randomblob(12)))), \`custom\` = 1 WHERE \`key\` IS NULL;`,
  )
  await insertMeasuredAsSql({ db, values: measured.map((row) => ({ ...row, value: Number(row.value) })) })
}

/** Back to one `measured` value per row: the latest confirmed measurement's (library picks are lost). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  const latest = (await db.all(sql`
    SELECT practice_id AS "practice", indicator_key AS "key", value AS "value" FROM measurements
    WHERE _status = 'published' ORDER BY date, id`)) as { practice: number; key: string; value: number }[]
  // Rows lose their library pick before the library goes (a reference would stop the drop).
  await db.run(sql`UPDATE \`practices_quality_indicators\` SET \`indicator_id\` = NULL;`)
  await db.run(sql`UPDATE \`_practices_v_version_quality_indicators\` SET \`indicator_id\` = NULL;`)
  await db.run(sql`DROP TABLE \`measurements\`;`)
  await db.run(sql`DROP TABLE \`_measurements_v\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`indicators_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_practices_quality_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`measured\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_practices_quality_indicators\`("_order", "_parent_id", "id", "baseline", "target", "measured", "unit") SELECT "_order", "_parent_id", "id", "baseline", "target", NULL, "unit" FROM \`practices_quality_indicators\`;`)
  await db.run(sql`DROP TABLE \`practices_quality_indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new_practices_quality_indicators\` RENAME TO \`practices_quality_indicators\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`practices_quality_indicators_order_idx\` ON \`practices_quality_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`practices_quality_indicators_parent_id_idx\` ON \`practices_quality_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__practices_v_version_quality_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`measured\` numeric,
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__practices_v_version_quality_indicators\`("_order", "_parent_id", "id", "baseline", "target", "measured", "unit", "_uuid") SELECT "_order", "_parent_id", "id", "baseline", "target", NULL, "unit", "_uuid" FROM \`_practices_v_version_quality_indicators\`;`)
  await db.run(sql`DROP TABLE \`_practices_v_version_quality_indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new__practices_v_version_quality_indicators\` RENAME TO \`_practices_v_version_quality_indicators\`;`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_quality_indicators_order_idx\` ON \`_practices_v_version_quality_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_quality_indicators_parent_id_idx\` ON \`_practices_v_version_quality_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "practices_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "media_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "practices_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "media_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_likes_id_idx\` ON \`payload_locked_documents_rels\` (\`likes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  for (const { key, practice, value } of latest) {
    await db.run(
      sql`UPDATE \`practices_quality_indicators\` SET \`measured\` = ${value} WHERE \`_parent_id\` = ${practice} AND \`id\` = ${key};`,
    )
  }
}
