import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`measurements\` ADD \`replication_id\` integer REFERENCES replications(id);`)
  await db.run(sql`CREATE INDEX \`measurements_replication_idx\` ON \`measurements\` (\`replication_id\`);`)
  await db.run(sql`ALTER TABLE \`_measurements_v\` ADD \`version_replication_id\` integer REFERENCES replications(id);`)
  await db.run(sql`CREATE INDEX \`_measurements_v_version_version_replication_idx\` ON \`_measurements_v\` (\`version_replication_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_measurements\` (
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
  await db.run(sql`INSERT INTO \`__new_measurements\`("id", "practice_id", "indicator_key", "date", "value", "source", "unit_id", "author_id", "workflow_stage", "workflow_revision", "workflow_return_to", "workflow_stage_entered_at", "workflow_reminded_at", "workflow_escalated_at", "updated_at", "created_at", "_status") SELECT "id", "practice_id", "indicator_key", "date", "value", "source", "unit_id", "author_id", "workflow_stage", "workflow_revision", "workflow_return_to", "workflow_stage_entered_at", "workflow_reminded_at", "workflow_escalated_at", "updated_at", "created_at", "_status" FROM \`measurements\`;`)
  await db.run(sql`DROP TABLE \`measurements\`;`)
  await db.run(sql`ALTER TABLE \`__new_measurements\` RENAME TO \`measurements\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`measurements_practice_idx\` ON \`measurements\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_indicator_key_idx\` ON \`measurements\` (\`indicator_key\`);`)
  await db.run(sql`CREATE INDEX \`measurements_date_idx\` ON \`measurements\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`measurements_unit_idx\` ON \`measurements\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_author_idx\` ON \`measurements\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_workflow_workflow_stage_idx\` ON \`measurements\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`measurements_updated_at_idx\` ON \`measurements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`measurements_created_at_idx\` ON \`measurements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`measurements__status_idx\` ON \`measurements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__measurements_v\` (
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
  await db.run(sql`INSERT INTO \`__new__measurements_v\`("id", "parent_id", "version_practice_id", "version_indicator_key", "version_date", "version_value", "version_source", "version_unit_id", "version_author_id", "version_workflow_stage", "version_workflow_revision", "version_workflow_return_to", "version_workflow_stage_entered_at", "version_workflow_reminded_at", "version_workflow_escalated_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_practice_id", "version_indicator_key", "version_date", "version_value", "version_source", "version_unit_id", "version_author_id", "version_workflow_stage", "version_workflow_revision", "version_workflow_return_to", "version_workflow_stage_entered_at", "version_workflow_reminded_at", "version_workflow_escalated_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_measurements_v\`;`)
  await db.run(sql`DROP TABLE \`_measurements_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__measurements_v\` RENAME TO \`_measurements_v\`;`)
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
}
