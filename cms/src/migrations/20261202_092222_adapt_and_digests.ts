import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices\` ADD \`adapted_from_id\` integer REFERENCES practices(id);`)
  await db.run(sql`CREATE INDEX \`practices_adapted_from_idx\` ON \`practices\` (\`adapted_from_id\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_adapted_from_id\` integer REFERENCES practices(id);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_adapted_from_idx\` ON \`_practices_v\` (\`version_adapted_from_id\`);`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`author_digest_pending\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`moderator_digest_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`comments_author_digest_pending_idx\` ON \`comments\` (\`author_digest_pending\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderator_digest_pending_idx\` ON \`comments\` (\`moderator_digest_pending\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_practices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`costs_amount\` numeric,
  	\`costs_currency\` text DEFAULT 'EUR',
  	\`costs_period\` text,
  	\`resources_volunteers\` numeric,
  	\`resources_staff\` numeric,
  	\`activity_status\` text,
  	\`activity_start_date\` text,
  	\`activity_end_date\` text,
  	\`cover_image_id\` integer,
  	\`contact_name\` text,
  	\`contact_role\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_consent\` integer DEFAULT false,
  	\`self_assessment_meaningful_objectives\` text,
  	\`self_assessment_measurable\` text,
  	\`self_assessment_innovative_solution\` text,
  	\`self_assessment_precise_target_group\` text,
  	\`self_assessment_new_technologies\` text,
  	\`self_assessment_social_need\` text,
  	\`self_assessment_value_proposition\` text,
  	\`self_assessment_social_impact\` text,
  	\`self_assessment_strategic_interest\` text,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`published_at\` text,
  	\`recognised\` integer DEFAULT false,
  	\`recognised_at\` text,
  	\`original_language\` text,
  	\`like_count\` numeric DEFAULT 0,
  	\`comment_count\` numeric DEFAULT 0,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`workflow_return_to\` text,
  	\`workflow_stage_entered_at\` text,
  	\`workflow_reminded_at\` text,
  	\`workflow_escalated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_practices\`("id", "costs_amount", "costs_currency", "costs_period", "resources_volunteers", "resources_staff", "activity_status", "activity_start_date", "activity_end_date", "cover_image_id", "contact_name", "contact_role", "contact_email", "contact_phone", "contact_consent", "self_assessment_meaningful_objectives", "self_assessment_measurable", "self_assessment_innovative_solution", "self_assessment_precise_target_group", "self_assessment_new_technologies", "self_assessment_social_need", "self_assessment_value_proposition", "self_assessment_social_impact", "self_assessment_strategic_interest", "slug", "unit_id", "author_id", "published_at", "recognised", "recognised_at", "original_language", "like_count", "comment_count", "workflow_stage", "workflow_revision", "workflow_return_to", "workflow_stage_entered_at", "workflow_reminded_at", "workflow_escalated_at", "updated_at", "created_at", "_status") SELECT "id", "costs_amount", "costs_currency", "costs_period", "resources_volunteers", "resources_staff", "activity_status", "activity_start_date", "activity_end_date", "cover_image_id", "contact_name", "contact_role", "contact_email", "contact_phone", "contact_consent", "self_assessment_meaningful_objectives", "self_assessment_measurable", "self_assessment_innovative_solution", "self_assessment_precise_target_group", "self_assessment_new_technologies", "self_assessment_social_need", "self_assessment_value_proposition", "self_assessment_social_impact", "self_assessment_strategic_interest", "slug", "unit_id", "author_id", "published_at", "recognised", "recognised_at", "original_language", "like_count", "comment_count", "workflow_stage", "workflow_revision", "workflow_return_to", "workflow_stage_entered_at", "workflow_reminded_at", "workflow_escalated_at", "updated_at", "created_at", "_status" FROM \`practices\`;`)
  await db.run(sql`DROP TABLE \`practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_practices\` RENAME TO \`practices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`practices_cover_image_idx\` ON \`practices\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`practices_slug_idx\` ON \`practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practices_unit_idx\` ON \`practices\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_author_idx\` ON \`practices\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`practices_published_at_idx\` ON \`practices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_recognised_idx\` ON \`practices\` (\`recognised\`);`)
  await db.run(sql`CREATE INDEX \`practices_workflow_workflow_stage_idx\` ON \`practices\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`practices_updated_at_idx\` ON \`practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practices_created_at_idx\` ON \`practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practices__status_idx\` ON \`practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__practices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_costs_amount\` numeric,
  	\`version_costs_currency\` text DEFAULT 'EUR',
  	\`version_costs_period\` text,
  	\`version_resources_volunteers\` numeric,
  	\`version_resources_staff\` numeric,
  	\`version_activity_status\` text,
  	\`version_activity_start_date\` text,
  	\`version_activity_end_date\` text,
  	\`version_cover_image_id\` integer,
  	\`version_contact_name\` text,
  	\`version_contact_role\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_consent\` integer DEFAULT false,
  	\`version_self_assessment_meaningful_objectives\` text,
  	\`version_self_assessment_measurable\` text,
  	\`version_self_assessment_innovative_solution\` text,
  	\`version_self_assessment_precise_target_group\` text,
  	\`version_self_assessment_new_technologies\` text,
  	\`version_self_assessment_social_need\` text,
  	\`version_self_assessment_value_proposition\` text,
  	\`version_self_assessment_social_impact\` text,
  	\`version_self_assessment_strategic_interest\` text,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_published_at\` text,
  	\`version_recognised\` integer DEFAULT false,
  	\`version_recognised_at\` text,
  	\`version_original_language\` text,
  	\`version_like_count\` numeric DEFAULT 0,
  	\`version_comment_count\` numeric DEFAULT 0,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__practices_v\`("id", "parent_id", "version_costs_amount", "version_costs_currency", "version_costs_period", "version_resources_volunteers", "version_resources_staff", "version_activity_status", "version_activity_start_date", "version_activity_end_date", "version_cover_image_id", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_contact_consent", "version_self_assessment_meaningful_objectives", "version_self_assessment_measurable", "version_self_assessment_innovative_solution", "version_self_assessment_precise_target_group", "version_self_assessment_new_technologies", "version_self_assessment_social_need", "version_self_assessment_value_proposition", "version_self_assessment_social_impact", "version_self_assessment_strategic_interest", "version_slug", "version_unit_id", "version_author_id", "version_published_at", "version_recognised", "version_recognised_at", "version_original_language", "version_like_count", "version_comment_count", "version_workflow_stage", "version_workflow_revision", "version_workflow_return_to", "version_workflow_stage_entered_at", "version_workflow_reminded_at", "version_workflow_escalated_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_costs_amount", "version_costs_currency", "version_costs_period", "version_resources_volunteers", "version_resources_staff", "version_activity_status", "version_activity_start_date", "version_activity_end_date", "version_cover_image_id", "version_contact_name", "version_contact_role", "version_contact_email", "version_contact_phone", "version_contact_consent", "version_self_assessment_meaningful_objectives", "version_self_assessment_measurable", "version_self_assessment_innovative_solution", "version_self_assessment_precise_target_group", "version_self_assessment_new_technologies", "version_self_assessment_social_need", "version_self_assessment_value_proposition", "version_self_assessment_social_impact", "version_self_assessment_strategic_interest", "version_slug", "version_unit_id", "version_author_id", "version_published_at", "version_recognised", "version_recognised_at", "version_original_language", "version_like_count", "version_comment_count", "version_workflow_stage", "version_workflow_revision", "version_workflow_return_to", "version_workflow_stage_entered_at", "version_workflow_reminded_at", "version_workflow_escalated_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__practices_v\` RENAME TO \`_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_practices_v_parent_idx\` ON \`_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_cover_image_idx\` ON \`_practices_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_slug_idx\` ON \`_practices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_unit_idx\` ON \`_practices_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_author_idx\` ON \`_practices_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_published_at_idx\` ON \`_practices_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_recognised_idx\` ON \`_practices_v\` (\`version_recognised\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_workflow_version_workflow_stage_idx\` ON \`_practices_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_updated_at_idx\` ON \`_practices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_created_at_idx\` ON \`_practices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version__status_idx\` ON \`_practices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_created_at_idx\` ON \`_practices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_updated_at_idx\` ON \`_practices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_snapshot_idx\` ON \`_practices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_published_locale_idx\` ON \`_practices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_practices_v_latest_idx\` ON \`_practices_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`comments_author_digest_pending_idx\`;`)
  await db.run(sql`DROP INDEX \`comments_moderator_digest_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`author_digest_pending\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`moderator_digest_pending\`;`)
}
