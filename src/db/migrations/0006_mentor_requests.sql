CREATE TABLE "mentor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"program_id" uuid,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"need_text" text NOT NULL,
	"need_functions" text[] DEFAULT '{}'::text[] NOT NULL,
	"frequency" text NOT NULL,
	"investment" text NOT NULL,
	"reverse_offer" text,
	"status" text DEFAULT 'open' NOT NULL,
	"decline_reason" text,
	"decline_text" text,
	"question" text,
	"answer" text,
	"expires_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"relationship_id" uuid,
	"meeting_id" uuid,
	CONSTRAINT "mentor_requests_kind_check" CHECK ("mentor_requests"."kind" in ('conversation', 'area', 'period')),
	CONSTRAINT "mentor_requests_status_check" CHECK ("mentor_requests"."status" in ('open', 'question_asked', 'accepted', 'declined', 'withdrawn', 'expired')),
	CONSTRAINT "mentor_requests_distinct_people" CHECK ("mentor_requests"."mentor_id" <> "mentor_requests"."mentee_id")
);
--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentee_fk" FOREIGN KEY ("organization_id","mentee_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentor_fk" FOREIGN KEY ("organization_id","mentor_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_requests_open_pair_unique" ON "mentor_requests" USING btree ("organization_id","mentee_id","mentor_id") WHERE "mentor_requests"."status" in ('open', 'question_asked');--> statement-breakpoint
CREATE INDEX "mentor_requests_mentor_idx" ON "mentor_requests" USING btree ("organization_id","mentor_id","status");--> statement-breakpoint
CREATE INDEX "mentor_requests_mentee_idx" ON "mentor_requests" USING btree ("organization_id","mentee_id","status");--> statement-breakpoint
CREATE INDEX "mentor_requests_expiry_idx" ON "mentor_requests" USING btree ("status","expires_at");