import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices\` ADD \`recognised\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`practices\` ADD \`recognised_at\` text;`)
  await db.run(sql`CREATE INDEX \`practices_recognised_idx\` ON \`practices\` (\`recognised\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_recognised\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_recognised_at\` text;`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_recognised_idx\` ON \`_practices_v\` (\`version_recognised\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`scores\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`practices_recognised_idx\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`recognised\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`recognised_at\`;`)
  await db.run(sql`DROP INDEX \`_practices_v_version_version_recognised_idx\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_recognised\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_recognised_at\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`scores\`;`)
}
