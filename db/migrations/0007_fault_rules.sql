CREATE TABLE `fault_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`client_row_id` integer,
	`endpoint` text NOT NULL,
	`effect` text NOT NULL,
	`times_left` integer,
	`until` integer,
	`percent` real,
	`paused` integer DEFAULT false NOT NULL,
	`applied` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_row_id`) REFERENCES `merchant_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fault_rules_public_id_idx` ON `fault_rules` (`public_id`);--> statement-breakpoint
CREATE INDEX `fault_rules_workspace_idx` ON `fault_rules` (`workspace_id`,`id`);--> statement-breakpoint
ALTER TABLE `api_calls` ADD `fault` text;