CREATE TABLE "matching_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mentee_id" uuid,
	"mentor_id" uuid,
	"person_id" uuid,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_overrides_kind_check" CHECK ("matching_overrides"."kind" in ('lock', 'forbid', 'exclude'))
);
--> statement-breakpoint
CREATE TABLE "matching_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"reasons" jsonb NOT NULL,
	"contributions" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"status" text NOT NULL,
	"policy" text NOT NULL,
	"mode" text NOT NULL,
	"minimum_score" double precision,
	"progress" jsonb DEFAULT '{"stage":"queued","done":0,"total":0}'::jsonb NOT NULL,
	"summary" jsonb,
	"unmatched" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "matching_runs_organization_id_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "matching_runs_status_check" CHECK ("matching_runs"."status" in ('running', 'proposed', 'published', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"source" text NOT NULL,
	"matching_run_id" uuid,
	"created_by_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "relationships_status_check" CHECK ("relationships"."status" in ('active', 'closed')),
	CONSTRAINT "relationships_source_check" CHECK ("relationships"."source" in ('matching', 'request', 'manual')),
	CONSTRAINT "relationships_distinct_people" CHECK ("relationships"."mentor_id" <> "relationships"."mentee_id")
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "matching_rules" jsonb;--> statement-breakpoint
ALTER TABLE "matching_overrides" ADD CONSTRAINT "matching_overrides_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_proposals" ADD CONSTRAINT "matching_proposals_run_fk" FOREIGN KEY ("organization_id","run_id") REFERENCES "public"."matching_runs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_mentor_fk" FOREIGN KEY ("organization_id","mentor_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_mentee_fk" FOREIGN KEY ("organization_id","mentee_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_proposals_run_idx" ON "matching_proposals" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "matching_runs_program_idx" ON "matching_runs" USING btree ("organization_id","program_id","created_at");--> statement-breakpoint
CREATE INDEX "relationships_mentor_idx" ON "relationships" USING btree ("organization_id","mentor_id","status");--> statement-breakpoint
CREATE INDEX "relationships_mentee_idx" ON "relationships" USING btree ("organization_id","mentee_id","status");