import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`user_role\` text;`)
  // Events recorded before the role existed get the one the plugin's defaultActorRole gives.
  await db.run(sql`UPDATE \`workflow_events\` SET \`user_role\` = CASE
    WHEN \`action\` = 'override' THEN 'admin'
    WHEN \`action\` IN ('submit', 'resubmit', 'withdraw') THEN CASE
      WHEN \`user_id\` IS NULL OR EXISTS (
        SELECT 1 FROM \`practices\` WHERE \`practices\`.\`id\` = CAST(\`workflow_events\`.\`document\` AS integer)
          AND \`practices\`.\`author_id\` = \`workflow_events\`.\`user_id\`
      ) THEN 'author' ELSE 'submitter' END
    WHEN \`action\` = 'archive' AND \`user_level\` IS NOT 'national' THEN 'admin'
    ELSE 'validator'
  END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`user_role\`;`)
}
