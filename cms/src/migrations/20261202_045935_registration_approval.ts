import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Registration with approval: an account's status and Payload's e-mail verification. The column
 * defaults make every existing account active and confirmed (once verification is on, Payload's
 * session check refuses an account whose `_verified` is not true).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`account_status\` text DEFAULT 'active';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`account_decision_comment\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`terms_accepted_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verified\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verificationtoken\` text;`)
  await db.run(sql`CREATE INDEX \`users_account_status_idx\` ON \`users\` (\`account_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_account_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`account_status\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`account_decision_comment\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`terms_accepted_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verified\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verificationtoken\`;`)
}
