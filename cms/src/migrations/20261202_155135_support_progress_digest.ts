import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`support_requests\` ADD \`requester_digest_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`support_requests_requester_digest_pending_idx\` ON \`support_requests\` (\`requester_digest_pending\`);`)
  await db.run(sql`ALTER TABLE \`_support_requests_v\` ADD \`version_requester_digest_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_support_requests_v_version_version_requester_digest_pen_idx\` ON \`_support_requests_v\` (\`version_requester_digest_pending\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`support_requests_requester_digest_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`support_requests\` DROP COLUMN \`requester_digest_pending\`;`)
  await db.run(sql`DROP INDEX \`_support_requests_v_version_version_requester_digest_pen_idx\`;`)
  await db.run(sql`ALTER TABLE \`_support_requests_v\` DROP COLUMN \`version_requester_digest_pending\`;`)
}
