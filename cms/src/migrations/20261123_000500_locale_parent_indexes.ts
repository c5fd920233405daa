import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Payload's SQLite schema indexes each `*_locales` table on (_locale, _parent_id) only, but
 * reads a document's translations by `_parent_id` alone: every document read scanned the whole
 * table, so reading 100 practices took 4 s with 10 000 of them (0.1 s with these indexes).
 * MongoDB keeps translations inside the document and needs nothing of the kind.
 */
const TABLES = [
  'practices_locales',
  'practices_quality_indicators_locales',
  '_practices_v_locales',
  '_practices_v_version_quality_indicators_locales',
  'themes_locales',
  'faq_locales',
  'guides_locales',
  'media_locales',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TABLES) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_id_idx\` ON \`${table}\` (\`_parent_id\`);`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TABLES) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_id_idx\`;`))
  }
}
