CREATE TABLE `api_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`catalog_id` integer,
	`client_row_id` integer,
	`endpoint` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`request_headers` text NOT NULL,
	`request_body` text NOT NULL,
	`status` integer NOT NULL,
	`result_code` text NOT NULL,
	`response_headers` text NOT NULL,
	`response_body` text NOT NULL,
	`signature` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_row_id`) REFERENCES `merchant_clients`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_calls_public_id_idx` ON `api_calls` (`public_id`);--> statement-breakpoint
CREATE INDEX `api_calls_catalog_created_idx` ON `api_calls` (`catalog_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `auth_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`code_prefix` text NOT NULL,
	`catalog_id` integer NOT NULL,
	`client_row_id` integer,
	`test_user_id` integer NOT NULL,
	`simulation_id` integer,
	`scopes` text NOT NULL,
	`issued_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`redeemed_at` integer,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_row_id`) REFERENCES `merchant_clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`test_user_id`) REFERENCES `test_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`simulation_id`) REFERENCES `simulations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `auth_codes_hash_idx` ON `auth_codes` (`code_hash`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog_id` integer NOT NULL,
	`client_row_id` integer NOT NULL,
	`test_user_id` integer NOT NULL,
	`auth_code_id` integer,
	`scopes` text NOT NULL,
	`refresh_expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	`revoke_reason` text,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_row_id`) REFERENCES `merchant_clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`test_user_id`) REFERENCES `test_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`auth_code_id`) REFERENCES `auth_codes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `merchant_clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`catalog_id` integer NOT NULL,
	`allowed_scopes` text,
	`public_key_pem` text NOT NULL,
	`key_origin` text NOT NULL,
	`signature_mode` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `merchant_clients_client_id_idx` ON `merchant_clients` (`client_id`);--> statement-breakpoint
CREATE INDEX `merchant_clients_catalog_idx` ON `merchant_clients` (`catalog_id`);--> statement-breakpoint
CREATE TABLE `simulations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`catalog_id` integer NOT NULL,
	`client_row_id` integer,
	`test_user_id` integer,
	`source` text NOT NULL,
	`requested_scopes` text,
	`outcome` text NOT NULL,
	`callback` text NOT NULL,
	`result` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_row_id`) REFERENCES `merchant_clients`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`test_user_id`) REFERENCES `test_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `simulations_public_id_idx` ON `simulations` (`public_id`);--> statement-breakpoint
CREATE INDEX `simulations_catalog_created_idx` ON `simulations` (`catalog_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `test_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`display_name` text NOT NULL,
	`profile` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `test_users_catalog_user_idx` ON `test_users` (`catalog_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`token_hash` text NOT NULL,
	`token_prefix` text NOT NULL,
	`issued_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`rotated_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_hash_idx` ON `tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `tokens_grant_idx` ON `tokens` (`grant_id`);--> statement-breakpoint
CREATE TABLE `wallet_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`catalog_id` integer NOT NULL,
	`key_version` integer NOT NULL,
	`public_key_pem` text NOT NULL,
	`private_key_pem` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wallet_keys_catalogId_unique` ON `wallet_keys` (`catalog_id`);