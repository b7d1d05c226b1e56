import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cover_id\` integer,
  	\`category\` text DEFAULT 'news',
  	\`published_at\` text,
  	\`pinned\` integer DEFAULT false,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_category\` text DEFAULT 'news',
  	\`version_published_at\` text,
  	\`version_pinned\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lectures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`attendance\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`lectures_start_date_idx\` ON \`lectures\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`lectures_end_date_idx\` ON \`lectures\` (\`end_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lectures_slug_idx\` ON \`lectures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lectures_updated_at_idx\` ON \`lectures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lectures_created_at_idx\` ON \`lectures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lectures__status_idx\` ON \`lectures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`lectures_locales\` (
  	\`topic\` text,
  	\`speaker\` text,
  	\`venue\` text,
  	\`note\` text,
  	\`audience\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lectures_locales_locale_parent_id_unique\` ON \`lectures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lectures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_attendance\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lectures_v_parent_idx\` ON \`_lectures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_start_date_idx\` ON \`_lectures_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_end_date_idx\` ON \`_lectures_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_slug_idx\` ON \`_lectures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_updated_at_idx\` ON \`_lectures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version_created_at_idx\` ON \`_lectures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_version_version__status_idx\` ON \`_lectures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_created_at_idx\` ON \`_lectures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_updated_at_idx\` ON \`_lectures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_snapshot_idx\` ON \`_lectures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_published_locale_idx\` ON \`_lectures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_lectures_v_latest_idx\` ON \`_lectures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_lectures_v_locales\` (
  	\`version_topic\` text,
  	\`version_speaker\` text,
  	\`version_venue\` text,
  	\`version_note\` text,
  	\`version_audience\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lectures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_lectures_v_locales_locale_parent_id_unique\` ON \`_lectures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`works_submitted\` numeric,
  	\`works_submitted_qualifier\` text DEFAULT 'exact',
  	\`works_shown\` numeric,
  	\`works_shown_qualifier\` text DEFAULT 'exact',
  	\`visitors\` numeric,
  	\`visitors_qualifier\` text DEFAULT 'exact',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitions_start_date_idx\` ON \`exhibitions\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_end_date_idx\` ON \`exhibitions\` (\`end_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibitions_slug_idx\` ON \`exhibitions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_updated_at_idx\` ON \`exhibitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_created_at_idx\` ON \`exhibitions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions__status_idx\` ON \`exhibitions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions_locales\` (
  	\`title\` text,
  	\`venue\` text,
  	\`description\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`exhibitions_locales_locale_parent_id_unique\` ON \`exhibitions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitions_texts_order_parent\` ON \`exhibitions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_texts_locale_parent\` ON \`exhibitions_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exhibitions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exhibitions_rels_order_idx\` ON \`exhibitions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_rels_parent_idx\` ON \`exhibitions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_rels_path_idx\` ON \`exhibitions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`exhibitions_rels_media_id_idx\` ON \`exhibitions_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_works_submitted\` numeric,
  	\`version_works_submitted_qualifier\` text DEFAULT 'exact',
  	\`version_works_shown\` numeric,
  	\`version_works_shown_qualifier\` text DEFAULT 'exact',
  	\`version_visitors\` numeric,
  	\`version_visitors_qualifier\` text DEFAULT 'exact',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_parent_idx\` ON \`_exhibitions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_start_date_idx\` ON \`_exhibitions_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_end_date_idx\` ON \`_exhibitions_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_slug_idx\` ON \`_exhibitions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_updated_at_idx\` ON \`_exhibitions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version_created_at_idx\` ON \`_exhibitions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_version_version__status_idx\` ON \`_exhibitions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_created_at_idx\` ON \`_exhibitions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_updated_at_idx\` ON \`_exhibitions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_snapshot_idx\` ON \`_exhibitions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_published_locale_idx\` ON \`_exhibitions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_latest_idx\` ON \`_exhibitions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v_locales\` (
  	\`version_title\` text,
  	\`version_venue\` text,
  	\`version_description\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exhibitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_exhibitions_v_locales_locale_parent_id_unique\` ON \`_exhibitions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_exhibitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_texts_order_parent\` ON \`_exhibitions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_texts_locale_parent\` ON \`_exhibitions_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exhibitions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_exhibitions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_rels_order_idx\` ON \`_exhibitions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_rels_parent_idx\` ON \`_exhibitions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_rels_path_idx\` ON \`_exhibitions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_exhibitions_v_rels_media_id_idx\` ON \`_exhibitions_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`van_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`category\` text,
  	\`books\` numeric,
  	\`readers\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`van_visits_date_idx\` ON \`van_visits\` (\`date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`van_visits_slug_idx\` ON \`van_visits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`van_visits_updated_at_idx\` ON \`van_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`van_visits_created_at_idx\` ON \`van_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`van_visits__status_idx\` ON \`van_visits\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`van_visits_locales\` (
  	\`host\` text,
  	\`place\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`van_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`van_visits_locales_locale_parent_id_unique\` ON \`van_visits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_van_visits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_category\` text,
  	\`version_books\` numeric,
  	\`version_readers\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`van_visits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_van_visits_v_parent_idx\` ON \`_van_visits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_version_version_date_idx\` ON \`_van_visits_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_version_version_slug_idx\` ON \`_van_visits_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_version_version_updated_at_idx\` ON \`_van_visits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_version_version_created_at_idx\` ON \`_van_visits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_version_version__status_idx\` ON \`_van_visits_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_created_at_idx\` ON \`_van_visits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_updated_at_idx\` ON \`_van_visits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_snapshot_idx\` ON \`_van_visits_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_published_locale_idx\` ON \`_van_visits_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_van_visits_v_latest_idx\` ON \`_van_visits_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_van_visits_v_locales\` (
  	\`version_host\` text,
  	\`version_place\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_van_visits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_van_visits_v_locales_locale_parent_id_unique\` ON \`_van_visits_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reading_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`participants\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`reading_activities_start_date_idx\` ON \`reading_activities\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`reading_activities_end_date_idx\` ON \`reading_activities\` (\`end_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reading_activities_slug_idx\` ON \`reading_activities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reading_activities_updated_at_idx\` ON \`reading_activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reading_activities_created_at_idx\` ON \`reading_activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reading_activities__status_idx\` ON \`reading_activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`reading_activities_locales\` (
  	\`activity\` text,
  	\`audience\` text,
  	\`outcome\` text,
  	\`description\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reading_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reading_activities_locales_locale_parent_id_unique\` ON \`reading_activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reading_activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_participants\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reading_activities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_parent_idx\` ON \`_reading_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_version_version_start_date_idx\` ON \`_reading_activities_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_version_version_end_date_idx\` ON \`_reading_activities_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_version_version_slug_idx\` ON \`_reading_activities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_version_version_updated_at_idx\` ON \`_reading_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_version_version_created_at_idx\` ON \`_reading_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_version_version__status_idx\` ON \`_reading_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_created_at_idx\` ON \`_reading_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_updated_at_idx\` ON \`_reading_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_snapshot_idx\` ON \`_reading_activities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_published_locale_idx\` ON \`_reading_activities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_reading_activities_v_latest_idx\` ON \`_reading_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_reading_activities_v_locales\` (
  	\`version_activity\` text,
  	\`version_audience\` text,
  	\`version_outcome\` text,
  	\`version_description\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reading_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_reading_activities_v_locales_locale_parent_id_unique\` ON \`_reading_activities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`chronicle\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`chronicle_start_date_idx\` ON \`chronicle\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_end_date_idx\` ON \`chronicle\` (\`end_date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`chronicle_slug_idx\` ON \`chronicle\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_updated_at_idx\` ON \`chronicle\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_created_at_idx\` ON \`chronicle\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`chronicle__status_idx\` ON \`chronicle\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`chronicle_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`chronicle\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`chronicle_locales_locale_parent_id_unique\` ON \`chronicle_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`chronicle_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reading_activities_id\` integer,
  	\`lectures_id\` integer,
  	\`exhibitions_id\` integer,
  	\`van_visits_id\` integer,
  	\`news_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chronicle\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reading_activities_id\`) REFERENCES \`reading_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lectures_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exhibitions_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`van_visits_id\`) REFERENCES \`van_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`chronicle_rels_order_idx\` ON \`chronicle_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_parent_idx\` ON \`chronicle_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_path_idx\` ON \`chronicle_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_reading_activities_id_idx\` ON \`chronicle_rels\` (\`reading_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_lectures_id_idx\` ON \`chronicle_rels\` (\`lectures_id\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_exhibitions_id_idx\` ON \`chronicle_rels\` (\`exhibitions_id\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_van_visits_id_idx\` ON \`chronicle_rels\` (\`van_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`chronicle_rels_news_id_idx\` ON \`chronicle_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE TABLE \`_chronicle_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chronicle\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_chronicle_v_parent_idx\` ON \`_chronicle_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_version_version_start_date_idx\` ON \`_chronicle_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_version_version_end_date_idx\` ON \`_chronicle_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_version_version_slug_idx\` ON \`_chronicle_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_version_version_updated_at_idx\` ON \`_chronicle_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_version_version_created_at_idx\` ON \`_chronicle_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_version_version__status_idx\` ON \`_chronicle_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_created_at_idx\` ON \`_chronicle_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_updated_at_idx\` ON \`_chronicle_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_snapshot_idx\` ON \`_chronicle_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_published_locale_idx\` ON \`_chronicle_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_latest_idx\` ON \`_chronicle_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_chronicle_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_chronicle_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_chronicle_v_locales_locale_parent_id_unique\` ON \`_chronicle_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_chronicle_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reading_activities_id\` integer,
  	\`lectures_id\` integer,
  	\`exhibitions_id\` integer,
  	\`van_visits_id\` integer,
  	\`news_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_chronicle_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reading_activities_id\`) REFERENCES \`reading_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lectures_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exhibitions_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`van_visits_id\`) REFERENCES \`van_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_order_idx\` ON \`_chronicle_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_parent_idx\` ON \`_chronicle_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_path_idx\` ON \`_chronicle_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_reading_activities_id_idx\` ON \`_chronicle_v_rels\` (\`reading_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_lectures_id_idx\` ON \`_chronicle_v_rels\` (\`lectures_id\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_exhibitions_id_idx\` ON \`_chronicle_v_rels\` (\`exhibitions_id\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_van_visits_id_idx\` ON \`_chronicle_v_rels\` (\`van_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`_chronicle_v_rels_news_id_idx\` ON \`_chronicle_v_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE TABLE \`service_points\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`borrow_anywhere_return_anywhere\` text DEFAULT 'no',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_points_slug_idx\` ON \`service_points\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`service_points_updated_at_idx\` ON \`service_points\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_points_created_at_idx\` ON \`service_points\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_points__status_idx\` ON \`service_points\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`service_points_locales\` (
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`description\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_points_locales_locale_parent_id_unique\` ON \`service_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_points_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_borrow_anywhere_return_anywhere\` text DEFAULT 'no',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_points_v_parent_idx\` ON \`_service_points_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_version_version_slug_idx\` ON \`_service_points_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_version_version_updated_at_idx\` ON \`_service_points_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_version_version_created_at_idx\` ON \`_service_points_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_version_version__status_idx\` ON \`_service_points_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_created_at_idx\` ON \`_service_points_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_updated_at_idx\` ON \`_service_points_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_snapshot_idx\` ON \`_service_points_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_published_locale_idx\` ON \`_service_points_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_service_points_v_latest_idx\` ON \`_service_points_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_service_points_v_locales\` (
  	\`version_name\` text,
  	\`version_address\` text,
  	\`version_hours\` text,
  	\`version_description\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_points_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_service_points_v_locales_locale_parent_id_unique\` ON \`_service_points_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`lectures_id\` integer,
  	\`exhibitions_id\` integer,
  	\`van_visits_id\` integer,
  	\`reading_activities_id\` integer,
  	\`chronicle_id\` integer,
  	\`service_points_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lectures_id\`) REFERENCES \`lectures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exhibitions_id\`) REFERENCES \`exhibitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`van_visits_id\`) REFERENCES \`van_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reading_activities_id\`) REFERENCES \`reading_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`chronicle_id\`) REFERENCES \`chronicle\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_points_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lectures_id_idx\` ON \`payload_locked_documents_rels\` (\`lectures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exhibitions_id_idx\` ON \`payload_locked_documents_rels\` (\`exhibitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_van_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`van_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reading_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`reading_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_chronicle_id_idx\` ON \`payload_locked_documents_rels\` (\`chronicle_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_points_id_idx\` ON \`payload_locked_documents_rels\` (\`service_points_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_departments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_profile_departments_order_idx\` ON \`library_profile_departments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`library_profile_departments_parent_id_idx\` ON \`library_profile_departments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_departments_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile_departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`library_profile_departments_locales_locale_parent_id_unique\` ON \`library_profile_departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_leadership\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_profile_leadership_order_idx\` ON \`library_profile_leadership\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`library_profile_leadership_parent_id_idx\` ON \`library_profile_leadership\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_leadership_locales\` (
  	\`name\` text,
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile_leadership\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`library_profile_leadership_locales_locale_parent_id_unique\` ON \`library_profile_leadership_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_profile_honours_order_idx\` ON \`library_profile_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`library_profile_honours_parent_id_idx\` ON \`library_profile_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_honours_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile_honours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`library_profile_honours_locales_locale_parent_id_unique\` ON \`library_profile_honours_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`library_profile\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`founded\` numeric,
  	\`building_opened\` numeric,
  	\`renovated\` numeric,
  	\`free_admission_since\` text,
  	\`floor_area\` numeric,
  	\`reading_rooms\` numeric,
  	\`holdings_total\` numeric,
  	\`holdings_in_branches_and_village_bookshops\` numeric,
  	\`holdings_periodicals_and_newspapers\` numeric,
  	\`holdings_as_of\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`staff_total\` numeric,
  	\`staff_management\` numeric,
  	\`staff_professional\` numeric,
  	\`staff_professional_intermediate\` numeric,
  	\`staff_professional_junior\` numeric,
  	\`staff_senior_workers\` numeric,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`library_profile_holdings_holdings_as_of_idx\` ON \`library_profile\` (\`holdings_as_of\`);`)
  await db.run(sql`CREATE INDEX \`library_profile__status_idx\` ON \`library_profile\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`library_profile_locales\` (
  	\`name\` text,
  	\`parent_body\` text,
  	\`unit_type\` text,
  	\`service_philosophy\` text,
  	\`location\` text,
  	\`contact_street_address\` text,
  	\`staff_editor_note\` text,
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_profile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`library_profile_locales_locale_parent_id_unique\` ON \`library_profile_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_version_departments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_departments_order_idx\` ON \`_library_profile_v_version_departments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_departments_parent_id_idx\` ON \`_library_profile_v_version_departments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_version_departments_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v_version_departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_library_profile_v_version_departments_locales_locale_parent\` ON \`_library_profile_v_version_departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_version_leadership\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_leadership_order_idx\` ON \`_library_profile_v_version_leadership\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_leadership_parent_id_idx\` ON \`_library_profile_v_version_leadership\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_version_leadership_locales\` (
  	\`name\` text,
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v_version_leadership\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_library_profile_v_version_leadership_locales_locale_parent_\` ON \`_library_profile_v_version_leadership_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_version_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_honours_order_idx\` ON \`_library_profile_v_version_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_honours_parent_id_idx\` ON \`_library_profile_v_version_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_version_honours_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v_version_honours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_library_profile_v_version_honours_locales_locale_parent_id_\` ON \`_library_profile_v_version_honours_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_founded\` numeric,
  	\`version_building_opened\` numeric,
  	\`version_renovated\` numeric,
  	\`version_free_admission_since\` text,
  	\`version_floor_area\` numeric,
  	\`version_reading_rooms\` numeric,
  	\`version_holdings_total\` numeric,
  	\`version_holdings_in_branches_and_village_bookshops\` numeric,
  	\`version_holdings_periodicals_and_newspapers\` numeric,
  	\`version_holdings_as_of\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_staff_total\` numeric,
  	\`version_staff_management\` numeric,
  	\`version_staff_professional\` numeric,
  	\`version_staff_professional_intermediate\` numeric,
  	\`version_staff_professional_junior\` numeric,
  	\`version_staff_senior_workers\` numeric,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_holdings_version_holdings_as__idx\` ON \`_library_profile_v\` (\`version_holdings_as_of\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_version_version__status_idx\` ON \`_library_profile_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_created_at_idx\` ON \`_library_profile_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_updated_at_idx\` ON \`_library_profile_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_snapshot_idx\` ON \`_library_profile_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_published_locale_idx\` ON \`_library_profile_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_library_profile_v_latest_idx\` ON \`_library_profile_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_library_profile_v_locales\` (
  	\`version_name\` text,
  	\`version_parent_body\` text,
  	\`version_unit_type\` text,
  	\`version_service_philosophy\` text,
  	\`version_location\` text,
  	\`version_contact_street_address\` text,
  	\`version_staff_editor_note\` text,
  	\`version_editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_profile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_library_profile_v_locales_locale_parent_id_unique\` ON \`_library_profile_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours_schedules_weekly\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opening_hours_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opening_hours_schedules_weekly_order_idx\` ON \`opening_hours_schedules_weekly\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_schedules_weekly_parent_id_idx\` ON \`opening_hours_schedules_weekly\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours_schedules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`service_point_id\` integer,
  	\`times_confirmed\` integer DEFAULT false,
  	FOREIGN KEY (\`service_point_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opening_hours_schedules_order_idx\` ON \`opening_hours_schedules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_schedules_parent_id_idx\` ON \`opening_hours_schedules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_schedules_service_point_idx\` ON \`opening_hours_schedules\` (\`service_point_id\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours_schedules_locales\` (
  	\`label\` text,
  	\`room\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opening_hours_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opening_hours_schedules_locales_locale_parent_id_unique\` ON \`opening_hours_schedules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`service_point_id\` integer,
  	FOREIGN KEY (\`service_point_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opening_hours_exceptions_order_idx\` ON \`opening_hours_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_exceptions_parent_id_idx\` ON \`opening_hours_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_exceptions_start_date_idx\` ON \`opening_hours_exceptions\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_exceptions_end_date_idx\` ON \`opening_hours_exceptions\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`opening_hours_exceptions_service_point_idx\` ON \`opening_hours_exceptions\` (\`service_point_id\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours_exceptions_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opening_hours_exceptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opening_hours_exceptions_locales_locale_parent_id_unique\` ON \`opening_hours_exceptions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`holiday_rule\` text DEFAULT 'open',
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`opening_hours__status_idx\` ON \`opening_hours\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`opening_hours_locales\` (
  	\`holiday_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opening_hours_locales_locale_parent_id_unique\` ON \`opening_hours_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v_version_schedules_weekly\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opening_hours_v_version_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_schedules_weekly_order_idx\` ON \`_opening_hours_v_version_schedules_weekly\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_schedules_weekly_parent_id_idx\` ON \`_opening_hours_v_version_schedules_weekly\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v_version_schedules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`service_point_id\` integer,
  	\`times_confirmed\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`service_point_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opening_hours_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_schedules_order_idx\` ON \`_opening_hours_v_version_schedules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_schedules_parent_id_idx\` ON \`_opening_hours_v_version_schedules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_schedules_service_point_idx\` ON \`_opening_hours_v_version_schedules\` (\`service_point_id\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v_version_schedules_locales\` (
  	\`label\` text,
  	\`room\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opening_hours_v_version_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_opening_hours_v_version_schedules_locales_locale_parent_id_\` ON \`_opening_hours_v_version_schedules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v_version_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`service_point_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`service_point_id\`) REFERENCES \`service_points\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opening_hours_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_exceptions_order_idx\` ON \`_opening_hours_v_version_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_exceptions_parent_id_idx\` ON \`_opening_hours_v_version_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_exceptions_start_date_idx\` ON \`_opening_hours_v_version_exceptions\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_exceptions_end_date_idx\` ON \`_opening_hours_v_version_exceptions\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_exceptions_service_point_idx\` ON \`_opening_hours_v_version_exceptions\` (\`service_point_id\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v_version_exceptions_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opening_hours_v_version_exceptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_opening_hours_v_version_exceptions_locales_locale_parent_id\` ON \`_opening_hours_v_version_exceptions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_holiday_rule\` text DEFAULT 'open',
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_version_version__status_idx\` ON \`_opening_hours_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_created_at_idx\` ON \`_opening_hours_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_updated_at_idx\` ON \`_opening_hours_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_snapshot_idx\` ON \`_opening_hours_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_published_locale_idx\` ON \`_opening_hours_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_opening_hours_v_latest_idx\` ON \`_opening_hours_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_opening_hours_v_locales\` (
  	\`version_holiday_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opening_hours_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_opening_hours_v_locales_locale_parent_id_unique\` ON \`_opening_hours_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics_years_other_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`qualifier\` text DEFAULT 'exact',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_years_other_figures_order_idx\` ON \`statistics_years_other_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`statistics_years_other_figures_parent_id_idx\` ON \`statistics_years_other_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics_years_other_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics_years_other_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`statistics_years_other_figures_locales_locale_parent_id_uniq\` ON \`statistics_years_other_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`visits\` numeric,
  	\`visits_qualifier\` text DEFAULT 'exact',
  	\`loans\` numeric,
  	\`loans_qualifier\` text DEFAULT 'exact',
  	\`books_bought\` numeric,
  	\`books_bought_qualifier\` text DEFAULT 'exact',
  	\`periodical_titles\` numeric,
  	\`periodical_copies\` numeric,
  	\`new_reader_cards\` numeric,
  	\`new_reader_cards_qualifier\` text DEFAULT 'exact',
  	\`activity_participants\` numeric,
  	\`activity_participants_qualifier\` text DEFAULT 'exact',
  	\`holdings\` numeric,
  	\`holdings_qualifier\` text DEFAULT 'exact',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_years_order_idx\` ON \`statistics_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`statistics_years_parent_id_idx\` ON \`statistics_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics_years_locales\` (
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`statistics_years_locales_locale_parent_id_unique\` ON \`statistics_years_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics__status_idx\` ON \`statistics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v_version_years_other_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`qualifier\` text DEFAULT 'exact',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v_version_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_years_other_figures_order_idx\` ON \`_statistics_v_version_years_other_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_years_other_figures_parent_id_idx\` ON \`_statistics_v_version_years_other_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v_version_years_other_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v_version_years_other_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_statistics_v_version_years_other_figures_locales_locale_par\` ON \`_statistics_v_version_years_other_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v_version_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`visits\` numeric,
  	\`visits_qualifier\` text DEFAULT 'exact',
  	\`loans\` numeric,
  	\`loans_qualifier\` text DEFAULT 'exact',
  	\`books_bought\` numeric,
  	\`books_bought_qualifier\` text DEFAULT 'exact',
  	\`periodical_titles\` numeric,
  	\`periodical_copies\` numeric,
  	\`new_reader_cards\` numeric,
  	\`new_reader_cards_qualifier\` text DEFAULT 'exact',
  	\`activity_participants\` numeric,
  	\`activity_participants_qualifier\` text DEFAULT 'exact',
  	\`holdings\` numeric,
  	\`holdings_qualifier\` text DEFAULT 'exact',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_years_order_idx\` ON \`_statistics_v_version_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_years_parent_id_idx\` ON \`_statistics_v_version_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v_version_years_locales\` (
  	\`editor_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v_version_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_statistics_v_version_years_locales_locale_parent_id_unique\` ON \`_statistics_v_version_years_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version__status_idx\` ON \`_statistics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_created_at_idx\` ON \`_statistics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_updated_at_idx\` ON \`_statistics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_snapshot_idx\` ON \`_statistics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_published_locale_idx\` ON \`_statistics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_latest_idx\` ON \`_statistics_v\` (\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`lectures\`;`)
  await db.run(sql`DROP TABLE \`lectures_locales\`;`)
  await db.run(sql`DROP TABLE \`_lectures_v\`;`)
  await db.run(sql`DROP TABLE \`_lectures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`exhibitions\`;`)
  await db.run(sql`DROP TABLE \`exhibitions_locales\`;`)
  await db.run(sql`DROP TABLE \`exhibitions_texts\`;`)
  await db.run(sql`DROP TABLE \`exhibitions_rels\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_exhibitions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`van_visits\`;`)
  await db.run(sql`DROP TABLE \`van_visits_locales\`;`)
  await db.run(sql`DROP TABLE \`_van_visits_v\`;`)
  await db.run(sql`DROP TABLE \`_van_visits_v_locales\`;`)
  await db.run(sql`DROP TABLE \`reading_activities\`;`)
  await db.run(sql`DROP TABLE \`reading_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`_reading_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_reading_activities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`chronicle\`;`)
  await db.run(sql`DROP TABLE \`chronicle_locales\`;`)
  await db.run(sql`DROP TABLE \`chronicle_rels\`;`)
  await db.run(sql`DROP TABLE \`_chronicle_v\`;`)
  await db.run(sql`DROP TABLE \`_chronicle_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_chronicle_v_rels\`;`)
  await db.run(sql`DROP TABLE \`service_points\`;`)
  await db.run(sql`DROP TABLE \`service_points_locales\`;`)
  await db.run(sql`DROP TABLE \`_service_points_v\`;`)
  await db.run(sql`DROP TABLE \`_service_points_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`library_profile_departments\`;`)
  await db.run(sql`DROP TABLE \`library_profile_departments_locales\`;`)
  await db.run(sql`DROP TABLE \`library_profile_leadership\`;`)
  await db.run(sql`DROP TABLE \`library_profile_leadership_locales\`;`)
  await db.run(sql`DROP TABLE \`library_profile_honours\`;`)
  await db.run(sql`DROP TABLE \`library_profile_honours_locales\`;`)
  await db.run(sql`DROP TABLE \`library_profile\`;`)
  await db.run(sql`DROP TABLE \`library_profile_locales\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_version_departments\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_version_departments_locales\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_version_leadership\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_version_leadership_locales\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_version_honours\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_version_honours_locales\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v\`;`)
  await db.run(sql`DROP TABLE \`_library_profile_v_locales\`;`)
  await db.run(sql`DROP TABLE \`opening_hours_schedules_weekly\`;`)
  await db.run(sql`DROP TABLE \`opening_hours_schedules\`;`)
  await db.run(sql`DROP TABLE \`opening_hours_schedules_locales\`;`)
  await db.run(sql`DROP TABLE \`opening_hours_exceptions\`;`)
  await db.run(sql`DROP TABLE \`opening_hours_exceptions_locales\`;`)
  await db.run(sql`DROP TABLE \`opening_hours\`;`)
  await db.run(sql`DROP TABLE \`opening_hours_locales\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v_version_schedules_weekly\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v_version_schedules\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v_version_schedules_locales\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v_version_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v_version_exceptions_locales\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v\`;`)
  await db.run(sql`DROP TABLE \`_opening_hours_v_locales\`;`)
  await db.run(sql`DROP TABLE \`statistics_years_other_figures\`;`)
  await db.run(sql`DROP TABLE \`statistics_years_other_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`statistics_years\`;`)
  await db.run(sql`DROP TABLE \`statistics_years_locales\`;`)
  await db.run(sql`DROP TABLE \`statistics\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v_version_years_other_figures\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v_version_years_other_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v_version_years\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v_version_years_locales\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v\`;`)
}
