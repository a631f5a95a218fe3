ALTER TABLE "matching_runs" DROP CONSTRAINT "matching_runs_status_check";--> statement-breakpoint
ALTER TABLE "matching_runs" ADD COLUMN "heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_status_check" CHECK ("matching_runs"."status" in ('running', 'proposed', 'published', 'failed', 'cancelled'));