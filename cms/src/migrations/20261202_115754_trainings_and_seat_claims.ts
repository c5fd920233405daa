import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`trainings_eligible_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_eligible_roles_order_idx\` ON \`trainings_eligible_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_eligible_roles_parent_idx\` ON \`trainings_eligible_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'training' NOT NULL,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`online\` integer DEFAULT false,
  	\`place\` text,
  	\`link\` text,
  	\`seats\` numeric NOT NULL,
  	\`application_deadline\` text NOT NULL,
  	\`seats_taken\` numeric DEFAULT 0,
  	\`claim_sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_updated_at_idx\` ON \`trainings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_created_at_idx\` ON \`trainings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`trainings_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_locales_locale_parent_id_unique\` ON \`trainings_locales\` (\`_locale\`,\`_parent_id\`);`)
  // By hand (as every *_locales table): reading a training's translations by parent.
  await db.run(sql`CREATE INDEX \`trainings_locales_parent_id_idx\` ON \`trainings_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_rels_order_idx\` ON \`trainings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_parent_idx\` ON \`trainings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_path_idx\` ON \`trainings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_units_id_idx\` ON \`trainings_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`seat_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'waitlisted' NOT NULL,
  	\`queue_number\` numeric NOT NULL,
  	\`applied_at\` text NOT NULL,
  	\`accepted_at\` text,
  	\`withdrawn_at\` text,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`seat_claims_item_collection_idx\` ON \`seat_claims\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_item_idx\` ON \`seat_claims\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_user_idx\` ON \`seat_claims\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_status_idx\` ON \`seat_claims\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_key_idx\` ON \`seat_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_updated_at_idx\` ON \`seat_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_created_at_idx\` ON \`seat_claims\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`itemCollection_item_queueNumber_idx\` ON \`seat_claims\` (\`item_collection\`,\`item\`,\`queue_number\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`trainings_id\` integer REFERENCES trainings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`seat_claims_id\` integer REFERENCES seat_claims(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`trainings_eligible_roles\`;`)
  await db.run(sql`DROP TABLE \`trainings\`;`)
  await db.run(sql`DROP TABLE \`trainings_locales\`;`)
  await db.run(sql`DROP TABLE \`trainings_rels\`;`)
  await db.run(sql`DROP TABLE \`seat_claims\`;`)
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
