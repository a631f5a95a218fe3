CREATE TABLE "agreement_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"edited_by_id" uuid NOT NULL,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"mentor_signed_at" timestamp with time zone,
	"mentee_signed_at" timestamp with time zone,
	CONSTRAINT "agreement_versions_unique" UNIQUE("agreement_id","version")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_relationship_unique" UNIQUE("organization_id","relationship_id"),
	CONSTRAINT "agreements_organization_id_id_unique" UNIQUE("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_token_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "closure_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"qualities" jsonb,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "closure_surveys_respondent_unique" UNIQUE("relationship_id","respondent_id"),
	CONSTRAINT "closure_surveys_rating_check" CHECK ("closure_surveys"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_by_id" uuid NOT NULL,
	"status" text DEFAULT 'started' NOT NULL,
	"next_step" text,
	"goal_outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mentor_reflection" text DEFAULT '' NOT NULL,
	"mentee_reflection" text DEFAULT '' NOT NULL,
	"early_exit_reason" text,
	"rematch_requested" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "closures_relationship_unique" UNIQUE("organization_id","relationship_id"),
	CONSTRAINT "closures_kind_check" CHECK ("closures"."kind" in ('completed', 'early_exit')),
	CONSTRAINT "closures_status_check" CHECK ("closures"."status" in ('started', 'closed')),
	CONSTRAINT "closures_next_step_check" CHECK ("closures"."next_step" is null or "closures"."next_step" in ('informal', 'friends', 'periodic_contact', 'end'))
);
--> statement-breakpoint
CREATE TABLE "goal_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"progress" integer NOT NULL,
	"previous_wording" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"changed_by_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"specific" text NOT NULL,
	"measure" text DEFAULT '' NOT NULL,
	"achievable" text DEFAULT '' NOT NULL,
	"relevant" text DEFAULT '' NOT NULL,
	"due_on" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"functions" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"met_at" timestamp with time zone,
	CONSTRAINT "goals_organization_id_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "goals_progress_check" CHECK ("goals"."progress" between 0 and 100),
	CONSTRAINT "goals_status_check" CHECK ("goals"."status" in ('active', 'met', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "learning_log_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"tried" text NOT NULL,
	"happened" text DEFAULT '' NOT NULL,
	"learned" text DEFAULT '' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"proposed_by_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"channel" text NOT NULL,
	"video_link" text,
	"location" text,
	"agenda" text DEFAULT '' NOT NULL,
	"agenda_by_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"cancel_reason" text,
	"summary" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_status_check" CHECK ("meetings"."status" in ('proposed', 'accepted', 'cancelled', 'held', 'missed')),
	CONSTRAINT "meetings_channel_check" CHECK ("meetings"."channel" in ('in_person', 'video', 'phone', 'message', 'email')),
	CONSTRAINT "meetings_duration_check" CHECK ("meetings"."duration_minutes" between 5 and 480)
);
--> statement-breakpoint
CREATE TABLE "note_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"body" text NOT NULL,
	"meeting_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notes_organization_id_id_unique" UNIQUE("organization_id","id"),
	CONSTRAINT "notes_visibility_check" CHECK ("notes"."visibility" in ('private', 'shared'))
);
--> statement-breakpoint
CREATE TABLE "relationship_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_by_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "agreement_template" jsonb;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_organization_id_id_unique" UNIQUE("organization_id","id");--> statement-breakpoint
ALTER TABLE "relationships" ADD COLUMN "stage" text DEFAULT 'creating' NOT NULL;--> statement-breakpoint
ALTER TABLE "relationships" ADD COLUMN "last_touch_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_fk" FOREIGN KEY ("organization_id","agreement_id") REFERENCES "public"."agreements"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_surveys" ADD CONSTRAINT "closure_surveys_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closures" ADD CONSTRAINT "closures_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_milestones" ADD CONSTRAINT "goal_milestones_goal_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revisions" ADD CONSTRAINT "goal_revisions_goal_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_log_entries" ADD CONSTRAINT "learning_log_entries_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_comments" ADD CONSTRAINT "note_comments_note_fk" FOREIGN KEY ("organization_id","note_id") REFERENCES "public"."notes"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_stage_changes" ADD CONSTRAINT "relationship_stage_changes_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_ins_idx" ON "check_ins" USING btree ("organization_id","relationship_id","created_at");--> statement-breakpoint
CREATE INDEX "goal_milestones_goal_idx" ON "goal_milestones" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "goal_revisions_goal_idx" ON "goal_revisions" USING btree ("goal_id","changed_at");--> statement-breakpoint
CREATE INDEX "goals_relationship_idx" ON "goals" USING btree ("organization_id","relationship_id");--> statement-breakpoint
CREATE INDEX "learning_log_entries_idx" ON "learning_log_entries" USING btree ("organization_id","relationship_id","created_at");--> statement-breakpoint
CREATE INDEX "meetings_relationship_idx" ON "meetings" USING btree ("organization_id","relationship_id","starts_at");--> statement-breakpoint
CREATE INDEX "note_comments_note_idx" ON "note_comments" USING btree ("note_id","created_at");--> statement-breakpoint
CREATE INDEX "notes_relationship_idx" ON "notes" USING btree ("organization_id","relationship_id","created_at");--> statement-breakpoint
CREATE INDEX "relationship_stage_changes_idx" ON "relationship_stage_changes" USING btree ("organization_id","relationship_id","changed_at");--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_stage_check" CHECK ("relationships"."stage" in ('creating', 'building', 'mastery', 'moving_on'));