import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Files record which items use them (SECURITY.md §11). Existing files start with no answer
 * (NULL): onInit records their usage through the current schema, after every migration ran.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_used_by\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	\`unit_id\` integer,
  	\`live\` integer DEFAULT false,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_used_by_order_idx\` ON \`media_used_by\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_used_by_parent_id_idx\` ON \`media_used_by\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_used_by_item_idx\` ON \`media_used_by\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`media_used_by_unit_idx\` ON \`media_used_by\` (\`unit_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_used_by\`;`)
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
}
