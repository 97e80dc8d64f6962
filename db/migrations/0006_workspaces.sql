DROP INDEX `activity_created_idx`;--> statement-breakpoint
DROP INDEX `activity_kind_created_idx`;--> statement-breakpoint
DROP INDEX `activity_event_created_idx`;--> statement-breakpoint
DROP INDEX `activity_catalog_created_idx`;--> statement-breakpoint
DROP INDEX `activity_client_created_idx`;--> statement-breakpoint
DROP INDEX `activity_outcome_created_idx`;--> statement-breakpoint
DROP INDEX `activity_error_created_idx`;--> statement-breakpoint
ALTER TABLE `activity` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
CREATE INDEX `activity_ws_created_idx` ON `activity` (`workspace_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_ws_kind_created_idx` ON `activity` (`workspace_id`,`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_ws_event_created_idx` ON `activity` (`workspace_id`,`event`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_ws_catalog_created_idx` ON `activity` (`workspace_id`,`catalog_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_ws_client_created_idx` ON `activity` (`workspace_id`,`client_row_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_ws_outcome_created_idx` ON `activity` (`workspace_id`,`outcome`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_ws_error_created_idx` ON `activity` (`workspace_id`,`is_error`,`created_at`,`id`);--> statement-breakpoint
DROP INDEX `activity_scopes_scope_created_idx`;--> statement-breakpoint
ALTER TABLE `activity_scopes` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
CREATE INDEX `activity_scopes_ws_scope_created_idx` ON `activity_scopes` (`workspace_id`,`scope`,`created_at`,`activity_id`);--> statement-breakpoint
DROP INDEX `test_users_catalog_user_idx`;--> statement-breakpoint
ALTER TABLE `test_users` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `test_users_workspace_catalog_user_idx` ON `test_users` (`workspace_id`,`catalog_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `api_calls` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
CREATE INDEX `api_calls_workspace_created_idx` ON `api_calls` (`workspace_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `auth_codes` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
ALTER TABLE `catalogs` ADD `workspace_id` text;--> statement-breakpoint
CREATE INDEX `catalogs_workspace_idx` ON `catalogs` (`workspace_id`);--> statement-breakpoint
ALTER TABLE `merchant_clients` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
CREATE INDEX `merchant_clients_workspace_idx` ON `merchant_clients` (`workspace_id`,`catalog_id`);--> statement-breakpoint
ALTER TABLE `simulations` ADD `workspace_id` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
CREATE INDEX `simulations_workspace_created_idx` ON `simulations` (`workspace_id`,`created_at`);--> statement-breakpoint
-- A team's own catalogs made so far belong to the default workspace; the built-ins belong to none.
UPDATE `catalogs` SET `workspace_id` = 'local' WHERE `builtin_key` IS NULL;
