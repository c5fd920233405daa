import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`author_unit_name\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`report_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`comments_report_count_idx\` ON \`comments\` (\`report_count\`);`)
  // Comments written before this migration get their author's unit name, as new ones do.
  await db.run(
    sql`UPDATE \`comments\` SET \`author_unit_name\` = (SELECT \`units\`.\`name\` FROM \`users\` JOIN \`units\` ON \`units\`.\`id\` = \`users\`.\`unit_id\` WHERE \`users\`.\`id\` = \`comments\`.\`author_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`comments_report_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`author_unit_name\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`report_count\`;`)
}
