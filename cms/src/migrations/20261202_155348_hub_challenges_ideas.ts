import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`challenges\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`challenges_closes_at_idx\` ON \`challenges\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`challenges_updated_at_idx\` ON \`challenges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`challenges_created_at_idx\` ON \`challenges\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`challenges_locales\` (
  	\`title\` text NOT NULL,
  	\`problem\` text NOT NULL,
  	\`support\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`challenges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`challenges_locales_locale_parent_id_unique\` ON \`challenges_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`challenges_locales_parent_id_idx\` ON \`challenges_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`challenges_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`challenges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`challenges_rels_order_idx\` ON \`challenges_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`challenges_rels_parent_idx\` ON \`challenges_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`challenges_rels_path_idx\` ON \`challenges_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`challenges_rels_themes_id_idx\` ON \`challenges_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`ideas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`challenge_id\` integer,
  	\`problem\` text,
  	\`solution\` text,
  	\`beneficiaries\` text,
  	\`needs\` text,
  	\`author_id\` integer,
  	\`unit_id\` integer,
  	\`show_publicly\` integer DEFAULT false,
  	\`graduated_to_id\` integer,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`workflow_return_to\` text,
  	\`workflow_stage_entered_at\` text,
  	\`workflow_reminded_at\` text,
  	\`workflow_escalated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`challenge_id\`) REFERENCES \`challenges\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`graduated_to_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ideas_challenge_idx\` ON \`ideas\` (\`challenge_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_author_idx\` ON \`ideas\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_unit_idx\` ON \`ideas\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_show_publicly_idx\` ON \`ideas\` (\`show_publicly\`);`)
  await db.run(sql`CREATE INDEX \`ideas_graduated_to_idx\` ON \`ideas\` (\`graduated_to_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_workflow_workflow_stage_idx\` ON \`ideas\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`ideas_updated_at_idx\` ON \`ideas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ideas_created_at_idx\` ON \`ideas\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ideas__status_idx\` ON \`ideas\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ideas_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ideas_rels_order_idx\` ON \`ideas_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ideas_rels_parent_idx\` ON \`ideas_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_rels_path_idx\` ON \`ideas_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ideas_rels_users_id_idx\` ON \`ideas_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_ideas_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_challenge_id\` integer,
  	\`version_problem\` text,
  	\`version_solution\` text,
  	\`version_beneficiaries\` text,
  	\`version_needs\` text,
  	\`version_author_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_show_publicly\` integer DEFAULT false,
  	\`version_graduated_to_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_challenge_id\`) REFERENCES \`challenges\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_graduated_to_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ideas_v_parent_idx\` ON \`_ideas_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_challenge_idx\` ON \`_ideas_v\` (\`version_challenge_id\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_author_idx\` ON \`_ideas_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_unit_idx\` ON \`_ideas_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_show_publicly_idx\` ON \`_ideas_v\` (\`version_show_publicly\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_graduated_to_idx\` ON \`_ideas_v\` (\`version_graduated_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_workflow_version_workflow_stage_idx\` ON \`_ideas_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_updated_at_idx\` ON \`_ideas_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version_created_at_idx\` ON \`_ideas_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_version_version__status_idx\` ON \`_ideas_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_created_at_idx\` ON \`_ideas_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_updated_at_idx\` ON \`_ideas_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_snapshot_idx\` ON \`_ideas_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_published_locale_idx\` ON \`_ideas_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_latest_idx\` ON \`_ideas_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_ideas_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ideas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ideas_v_rels_order_idx\` ON \`_ideas_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_rels_parent_idx\` ON \`_ideas_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_rels_path_idx\` ON \`_ideas_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ideas_v_rels_users_id_idx\` ON \`_ideas_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`idea_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idea_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`note\` text NOT NULL,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`idea_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`idea_notes_idea_idx\` ON \`idea_notes\` (\`idea_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_notes_date_idx\` ON \`idea_notes\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`idea_notes_author_idx\` ON \`idea_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_notes_updated_at_idx\` ON \`idea_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`idea_notes_created_at_idx\` ON \`idea_notes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`idea_funding\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idea_id\` integer NOT NULL,
  	\`source\` text NOT NULL,
  	\`funder\` text,
  	\`currency\` text DEFAULT 'EUR' NOT NULL,
  	\`amount_asked\` numeric,
  	\`amount_obtained\` numeric,
  	\`crowdfunding_url\` text,
  	\`crowdfunding_target\` numeric,
  	\`crowdfunding_raised\` numeric,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`idea_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`idea_funding_idea_idx\` ON \`idea_funding\` (\`idea_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_funding_author_idx\` ON \`idea_funding\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_funding_updated_at_idx\` ON \`idea_funding\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`idea_funding_created_at_idx\` ON \`idea_funding\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`challenges_id\` integer REFERENCES challenges(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ideas_id\` integer REFERENCES ideas(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`idea_notes_id\` integer REFERENCES idea_notes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`idea_funding_id\` integer REFERENCES idea_funding(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_challenges_id_idx\` ON \`payload_locked_documents_rels\` (\`challenges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ideas_id_idx\` ON \`payload_locked_documents_rels\` (\`ideas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_funding_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_funding_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`challenges\`;`)
  await db.run(sql`DROP TABLE \`challenges_locales\`;`)
  await db.run(sql`DROP TABLE \`challenges_rels\`;`)
  await db.run(sql`DROP TABLE \`ideas\`;`)
  await db.run(sql`DROP TABLE \`ideas_rels\`;`)
  await db.run(sql`DROP TABLE \`_ideas_v\`;`)
  await db.run(sql`DROP TABLE \`_ideas_v_rels\`;`)
  await db.run(sql`DROP TABLE \`idea_notes\`;`)
  await db.run(sql`DROP TABLE \`idea_funding\`;`)
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
}
