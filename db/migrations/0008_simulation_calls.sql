CREATE TABLE `simulation_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`simulation_id` integer NOT NULL,
	`step` text NOT NULL,
	`tamper` text NOT NULL,
	`exchange` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`simulation_id`) REFERENCES `simulations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `simulation_calls_simulation_idx` ON `simulation_calls` (`simulation_id`,`id`);