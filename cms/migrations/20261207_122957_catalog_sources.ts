import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`catalog_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`export_kind\` text DEFAULT 'none' NOT NULL,
  	\`export_folder\` text,
  	\`export_url\` text,
  	\`export_sru_url\` text,
  	\`export_sru_query\` text DEFAULT 'cql.allRecords=1',
  	\`export_sru_since_query\` text,
  	\`export_mode\` text DEFAULT 'full',
  	\`export_every_minutes\` numeric DEFAULT 60,
  	\`availability_kind\` text DEFAULT 'none' NOT NULL,
  	\`availability_folder\` text,
  	\`availability_url\` text,
  	\`availability_every_minutes\` numeric DEFAULT 5,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`catalog_sources\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
