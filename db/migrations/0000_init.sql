CREATE TABLE `catalog_scopes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`search_text` text NOT NULL,
	`silent` integer NOT NULL,
	`deprecated` integer NOT NULL,
	`fidelity` text NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `catalog_scopes_name_idx` ON `catalog_scopes` (`name`);--> statement-breakpoint
CREATE INDEX `catalog_scopes_catalog_position_idx` ON `catalog_scopes` (`catalog_id`,`position`);--> statement-breakpoint
CREATE TABLE `catalog_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog_id` integer NOT NULL,
	`version` integer NOT NULL,
	`author` text NOT NULL,
	`summary` text NOT NULL,
	`changes` text NOT NULL,
	`document` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `catalog_versions_catalog_version_idx` ON `catalog_versions` (`catalog_id`,`version`);--> statement-breakpoint
CREATE TABLE `catalogs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`wallet` text NOT NULL,
	`region` text NOT NULL,
	`country_code` text,
	`builtin_key` text,
	`version` integer NOT NULL,
	`scope_count` integer NOT NULL,
	`document` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `catalogs_slug_idx` ON `catalogs` (`slug`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
