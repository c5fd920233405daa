import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`replications\` ADD \`author_digest_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`replications_author_digest_pending_idx\` ON \`replications\` (\`author_digest_pending\`);`)
  await db.run(sql`ALTER TABLE \`_replications_v\` ADD \`version_author_digest_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_replications_v_version_version_author_digest_pending_idx\` ON \`_replications_v\` (\`version_author_digest_pending\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`replications_author_digest_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`replications\` DROP COLUMN \`author_digest_pending\`;`)
  await db.run(sql`DROP INDEX \`_replications_v_version_version_author_digest_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`_replications_v\` DROP COLUMN \`version_author_digest_pending\`;`)
}
