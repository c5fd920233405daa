import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillPublishedAt } from '../collections/Practices/backfillPublishedAt'

/**
 * Practices record when they were first published (`publishedAt`), which the site shows instead
 * of a workflow field; practices already published get the date of their first publication.
 * Also drops the users' lockout columns, unused since sign-in stopped locking accounts (the
 * schema snapshot no longer has them).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practices\` ADD \`published_at\` text;`)
  await db.run(sql`CREATE INDEX \`practices_published_at_idx\` ON \`practices\` (\`published_at\`);`)
  await db.run(sql`ALTER TABLE \`_practices_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_practices_v_version_version_published_at_idx\` ON \`_practices_v\` (\`version_published_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await backfillPublishedAt({ payload, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`practices_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`practices\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`DROP INDEX \`_practices_v_version_version_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_practices_v\` DROP COLUMN \`version_published_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
