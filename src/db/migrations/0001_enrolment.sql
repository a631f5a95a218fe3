CREATE TABLE "profiles" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"supervisor_id" uuid,
	"education" text,
	"profession" text,
	"expertise_offered" text[] DEFAULT '{}'::text[] NOT NULL,
	"expertise_wanted" text[] DEFAULT '{}'::text[] NOT NULL,
	"functions_offered" text[] DEFAULT '{}'::text[] NOT NULL,
	"functions_sought" text[] DEFAULT '{}'::text[] NOT NULL,
	"approach" text,
	"approach_statements" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"career_orientation" text,
	"preferred_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability_hours_per_month" integer,
	"mentor_capacity" integer DEFAULT 2 NOT NULL,
	"mentoring_paused" boolean DEFAULT false NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"background" text,
	"identity_attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"common_ground_consent_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profiles_pk" PRIMARY KEY("organization_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"suggested_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_status_check" CHECK ("skills"."status" in ('approved', 'pending'))
);
--> statement-breakpoint
CREATE TABLE "intake_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"standard_questions" text[] NOT NULL,
	"custom_questions" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_forms_program_version_unique" UNIQUE("program_id","version"),
	CONSTRAINT "intake_forms_organization_id_id_unique" UNIQUE("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"changed_by_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"intake_form_id" uuid,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"selection_checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"invited_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"waitlisted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_program_person_role_unique" UNIQUE("program_id","person_id","role"),
	CONSTRAINT "applications_organization_id_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "applications_role_check" CHECK ("applications"."role" in ('mentor', 'mentee')),
	CONSTRAINT "applications_status_check" CHECK ("applications"."status" in ('draft', 'submitted', 'interview', 'accepted', 'waitlisted', 'declined', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "intake_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"motivation" integer,
	"goal_clarity" integer,
	"expectations" integer,
	"openness_to_feedback" integer,
	"observed_approach" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "seniority_levels" jsonb DEFAULT '[{"level":1,"label":"Entry"},{"level":2,"label":"Associate"},{"level":3,"label":"Experienced"},{"level":4,"label":"Senior"},{"level":5,"label":"Lead"},{"level":6,"label":"Executive"}]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "intended_approach" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "mentee_limit" integer;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "selection_criteria" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "intake_form_version" integer;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_supervisor_fk" FOREIGN KEY ("organization_id","supervisor_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_forms" ADD CONSTRAINT "intake_forms_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_fk" FOREIGN KEY ("organization_id","application_id") REFERENCES "public"."applications"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_form_fk" FOREIGN KEY ("organization_id","intake_form_id") REFERENCES "public"."intake_forms"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_interviews" ADD CONSTRAINT "intake_interviews_application_fk" FOREIGN KEY ("organization_id","application_id") REFERENCES "public"."applications"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_interviews" ADD CONSTRAINT "intake_interviews_interviewer_fk" FOREIGN KEY ("organization_id","interviewer_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "skills_organization_name_unique" ON "skills" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","changed_at");--> statement-breakpoint
CREATE INDEX "applications_program_status_idx" ON "applications" USING btree ("organization_id","program_id","status");--> statement-breakpoint
CREATE INDEX "intake_interviews_application_idx" ON "intake_interviews" USING btree ("application_id");--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "expertise";