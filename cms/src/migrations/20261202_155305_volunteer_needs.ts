import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`needs_skills\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`needs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`needs_skills_order_idx\` ON \`needs_skills\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`needs_skills_parent_idx\` ON \`needs_skills\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`needs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`address\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`practice_id\` integer,
  	\`service_id\` integer,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`practice_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`needs_unit_idx\` ON \`needs\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_practice_idx\` ON \`needs\` (\`practice_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_service_idx\` ON \`needs\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_updated_at_idx\` ON \`needs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`needs_created_at_idx\` ON \`needs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`needs_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`needs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`needs_locales_locale_parent_id_unique\` ON \`needs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_locales_parent_id_idx\` ON \`needs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`needs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`needs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`needs_rels_order_idx\` ON \`needs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`needs_rels_parent_idx\` ON \`needs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_rels_path_idx\` ON \`needs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`needs_rels_themes_id_idx\` ON \`needs_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`shifts_skills\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shifts_skills_order_idx\` ON \`shifts_skills\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`shifts_skills_parent_idx\` ON \`shifts_skills\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`shifts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`need_id\` integer NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`capacity\` numeric NOT NULL,
  	\`unit_id\` integer,
  	\`seats_taken\` numeric DEFAULT 0,
  	\`claim_sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`need_id\`) REFERENCES \`needs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`shifts_need_idx\` ON \`shifts\` (\`need_id\`);`)
  await db.run(sql`CREATE INDEX \`shifts_start_idx\` ON \`shifts\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`shifts_unit_idx\` ON \`shifts\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`shifts_updated_at_idx\` ON \`shifts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shifts_created_at_idx\` ON \`shifts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_skills\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_skills_order_idx\` ON \`users_skills\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_skills_parent_idx\` ON \`users_skills\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`shift_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`shift_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`shift_id\`) REFERENCES \`shifts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`shift_reminders_key_idx\` ON \`shift_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`shift_reminders_user_idx\` ON \`shift_reminders\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_reminders_shift_idx\` ON \`shift_reminders\` (\`shift_id\`);`)
  await db.run(sql`CREATE INDEX \`shift_reminders_updated_at_idx\` ON \`shift_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shift_reminders_created_at_idx\` ON \`shift_reminders\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`coordinator\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`shift_feed_token\` text;`)
  await db.run(sql`CREATE INDEX \`users_shift_feed_token_idx\` ON \`users\` (\`shift_feed_token\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`needs_id\` integer REFERENCES needs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shifts_id\` integer REFERENCES shifts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shift_reminders_id\` integer REFERENCES shift_reminders(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_needs_id_idx\` ON \`payload_locked_documents_rels\` (\`needs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_shift_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`shift_reminders_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`needs_skills\`;`)
  await db.run(sql`DROP TABLE \`needs\`;`)
  await db.run(sql`DROP TABLE \`needs_locales\`;`)
  await db.run(sql`DROP TABLE \`needs_rels\`;`)
  await db.run(sql`DROP TABLE \`shifts_skills\`;`)
  await db.run(sql`DROP TABLE \`shifts\`;`)
  await db.run(sql`DROP TABLE \`users_skills\`;`)
  await db.run(sql`DROP TABLE \`shift_reminders\`;`)
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
  	\`support_requests_id\` integer,
  	\`trainings_id\` integer,
  	\`seat_claims_id\` integer,
  	\`themes_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`comments_id\` integer,
  	\`likes_id\` integer,
  	\`faq_id\` integer,
  	\`guides_id\` integer,
  	\`funding_calls_id\` integer,
  	\`resources_id\` integer,
  	\`funding_call_alerts_id\` integer,
  	\`media_id\` integer,
  	\`workflow_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measurements_id\`) REFERENCES \`measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`replications_id\`) REFERENCES \`replications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`support_requests_id\`) REFERENCES \`support_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_claims_id\`) REFERENCES \`seat_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`likes_id\`) REFERENCES \`likes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_calls_id\`) REFERENCES \`funding_calls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_call_alerts_id\`) REFERENCES \`funding_call_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "practices_id", "services_id", "measurements_id", "indicators_id", "replications_id", "support_requests_id", "trainings_id", "seat_claims_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "funding_calls_id", "resources_id", "funding_call_alerts_id", "media_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "practices_id", "services_id", "measurements_id", "indicators_id", "replications_id", "support_requests_id", "trainings_id", "seat_claims_id", "themes_id", "units_id", "users_id", "comments_id", "likes_id", "faq_id", "guides_id", "funding_calls_id", "resources_id", "funding_call_alerts_id", "media_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_support_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`support_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_likes_id_idx\` ON \`payload_locked_documents_rels\` (\`likes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_calls_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_calls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_call_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_call_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`DROP INDEX \`users_shift_feed_token_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`coordinator\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`shift_feed_token\`;`)
}
