CREATE TABLE "circle_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"circle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_members_circle_person_unique" UNIQUE("circle_id","person_id"),
	CONSTRAINT "circle_members_role_check" CHECK ("circle_members"."role" in ('mentor', 'mentee'))
);
--> statement-breakpoint
CREATE TABLE "circles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"matching_run_id" uuid,
	"affinity" double precision,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "circles_organization_id_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "circles_status_check" CHECK ("circles"."status" in ('proposed', 'active', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "matching_preferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rank" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_preferences_unique" UNIQUE("program_id","person_id","target_id"),
	CONSTRAINT "matching_preferences_kind_check" CHECK ("matching_preferences"."kind" in ('pick', 'prefer', 'avoid')),
	CONSTRAINT "matching_preferences_rank_check" CHECK (("matching_preferences"."kind" = 'pick') = ("matching_preferences"."rank" is not null) and ("matching_preferences"."rank" is null or "matching_preferences"."rank" between 1 and 10)),
	CONSTRAINT "matching_preferences_distinct_people" CHECK ("matching_preferences"."person_id" <> "matching_preferences"."target_id")
);
--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "mentors_wanted" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "circle_members" ADD CONSTRAINT "circle_members_circle_fk" FOREIGN KEY ("organization_id","circle_id") REFERENCES "public"."circles"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_members" ADD CONSTRAINT "circle_members_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_run_fk" FOREIGN KEY ("organization_id","matching_run_id") REFERENCES "public"."matching_runs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_preferences" ADD CONSTRAINT "matching_preferences_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_preferences" ADD CONSTRAINT "matching_preferences_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_preferences" ADD CONSTRAINT "matching_preferences_target_fk" FOREIGN KEY ("organization_id","target_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_members_person_idx" ON "circle_members" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "circles_program_idx" ON "circles" USING btree ("organization_id","program_id","status");--> statement-breakpoint
CREATE INDEX "matching_preferences_program_idx" ON "matching_preferences" USING btree ("organization_id","program_id");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_mentors_wanted_check" CHECK ("enrolments"."mentors_wanted" between 1 and 3);