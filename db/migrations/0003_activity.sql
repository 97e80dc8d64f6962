CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`event` text NOT NULL,
	`ref` text NOT NULL,
	`simulation_id` integer,
	`api_call_id` integer,
	`catalog_id` integer,
	`client_row_id` integer,
	`outcome` text NOT NULL,
	`is_error` integer NOT NULL,
	`summary` text NOT NULL,
	`code_prefix` text,
	`token_prefix` text,
	`auth_code_id` integer,
	`grant_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`simulation_id`) REFERENCES `simulations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`api_call_id`) REFERENCES `api_calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_row_id`) REFERENCES `merchant_clients`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`auth_code_id`) REFERENCES `auth_codes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_ref_idx` ON `activity` (`ref`);--> statement-breakpoint
CREATE INDEX `activity_created_idx` ON `activity` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_kind_created_idx` ON `activity` (`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_event_created_idx` ON `activity` (`event`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_catalog_created_idx` ON `activity` (`catalog_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_client_created_idx` ON `activity` (`client_row_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_outcome_created_idx` ON `activity` (`outcome`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_error_created_idx` ON `activity` (`is_error`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_simulation_idx` ON `activity` (`simulation_id`);--> statement-breakpoint
CREATE INDEX `activity_api_call_idx` ON `activity` (`api_call_id`);--> statement-breakpoint
CREATE INDEX `activity_auth_code_idx` ON `activity` (`auth_code_id`);--> statement-breakpoint
CREATE INDEX `activity_grant_idx` ON `activity` (`grant_id`);--> statement-breakpoint
CREATE TABLE `activity_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`target` text NOT NULL,
	`target_id` integer,
	`role` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_links_activity_idx` ON `activity_links` (`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_links_prefix_idx` ON `activity_links` (`prefix`);--> statement-breakpoint
CREATE INDEX `activity_links_target_idx` ON `activity_links` (`target`,`target_id`);--> statement-breakpoint
CREATE TABLE `activity_scopes` (
	`activity_id` integer NOT NULL,
	`scope` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `scope`),
	FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_scopes_scope_created_idx` ON `activity_scopes` (`scope`,`created_at`,`activity_id`);--> statement-breakpoint
CREATE INDEX `auth_codes_prefix_idx` ON `auth_codes` (`code_prefix`);--> statement-breakpoint
CREATE INDEX `auth_codes_simulation_idx` ON `auth_codes` (`simulation_id`);--> statement-breakpoint
CREATE INDEX `grants_auth_code_idx` ON `grants` (`auth_code_id`);--> statement-breakpoint
CREATE INDEX `tokens_prefix_idx` ON `tokens` (`token_prefix`);