import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`support_requests_progress_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`author_id\` integer,
  	\`author_name\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`support_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`support_requests_progress_notes_order_idx\` ON \`support_requests_progress_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_progress_notes_parent_id_idx\` ON \`support_requests_progress_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_progress_notes_author_idx\` ON \`support_requests_progress_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`support_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`type\` text,
  	\`urgency\` text DEFAULT 'normal',
  	\`description\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`desk_officer_id\` integer,
  	\`desk_officer_name\` text,
  	\`progress\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`workflow_return_to\` text,
  	\`workflow_stage_entered_at\` text,
  	\`workflow_reminded_at\` text,
  	\`workflow_escalated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`desk_officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`support_requests_unit_idx\` ON \`support_requests\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_author_idx\` ON \`support_requests\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_desk_officer_idx\` ON \`support_requests\` (\`desk_officer_id\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_workflow_workflow_stage_idx\` ON \`support_requests\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_updated_at_idx\` ON \`support_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_created_at_idx\` ON \`support_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`support_requests__status_idx\` ON \`support_requests\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`support_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`support_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`support_requests_rels_order_idx\` ON \`support_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_rels_parent_idx\` ON \`support_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_rels_path_idx\` ON \`support_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`support_requests_rels_media_id_idx\` ON \`support_requests_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_support_requests_v_version_progress_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_support_requests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_progress_notes_order_idx\` ON \`_support_requests_v_version_progress_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_progress_notes_parent_id_idx\` ON \`_support_requests_v_version_progress_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_progress_notes_author_idx\` ON \`_support_requests_v_version_progress_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`_support_requests_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_type\` text,
  	\`version_urgency\` text DEFAULT 'normal',
  	\`version_description\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_desk_officer_id\` integer,
  	\`version_desk_officer_name\` text,
  	\`version_progress\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`support_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_desk_officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_support_requests_v_parent_idx\` ON \`_support_requests_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version_unit_idx\` ON \`_support_requests_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version_author_idx\` ON \`_support_requests_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version_desk_officer_idx\` ON \`_support_requests_v\` (\`version_desk_officer_id\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_workflow_version_workflow_st_idx\` ON \`_support_requests_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version_updated_at_idx\` ON \`_support_requests_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version_created_at_idx\` ON \`_support_requests_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version__status_idx\` ON \`_support_requests_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_created_at_idx\` ON \`_support_requests_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_updated_at_idx\` ON \`_support_requests_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_snapshot_idx\` ON \`_support_requests_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_published_locale_idx\` ON \`_support_requests_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_latest_idx\` ON \`_support_requests_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_support_requests_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_support_requests_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_support_requests_v_rels_order_idx\` ON \`_support_requests_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_rels_parent_idx\` ON \`_support_requests_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_rels_path_idx\` ON \`_support_requests_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_rels_media_id_idx\` ON \`_support_requests_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`support_requests_id\` integer REFERENCES support_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_support_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`support_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`support_requests_progress_notes\`;`)
  await db.run(sql`DROP TABLE \`support_requests\`;`)
  await db.run(sql`DROP TABLE \`support_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`_support_requests_v_version_progress_notes\`;`)
  await db.run(sql`DROP TABLE \`_support_requests_v\`;`)
  await db.run(sql`DROP TABLE \`_support_requests_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`services_id\` integer,
  	\`measurements_id\` integer,
  	\`indicators_id\` integer,
  	\`replications_id\` integer,
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
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measurements_id\`) REFERENCES \`measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`replications_id\`) REFERENCES \`replications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "practices_id", "services_id", "measurements_id", "indicators_id", "replications_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "media_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "practices_id", "services_id", "measurements_id", "indicators_id", "replications_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "media_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_replications_id_idx\` ON \`payload_locked_documents_rels\` (\`replications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_likes_id_idx\` ON \`payload_locked_documents_rels\` (\`likes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
}
