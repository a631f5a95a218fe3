CREATE TABLE "development_plan_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "development_plan_comments_kind_check" CHECK ("development_plan_comments"."kind" in ('encouragement', 'suggestion'))
);
--> statement-breakpoint
CREATE TABLE "development_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"needs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"shared_with_supervisor" boolean DEFAULT false NOT NULL,
	"shared_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "development_plans_person_unique" UNIQUE("organization_id","person_id"),
	CONSTRAINT "development_plans_organization_id_id_unique" UNIQUE("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "network_ties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"source" text NOT NULL,
	"relationship_id" uuid,
	"person_id" uuid,
	"name" text,
	"note" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"inside_organization" boolean NOT NULL,
	"functions" text[],
	"closeness" integer NOT NULL,
	"frequency" text NOT NULL,
	"activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"department" text,
	"organization_name" text,
	"profession" text,
	"culture" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_ties_relationship_unique" UNIQUE("organization_id","owner_id","relationship_id"),
	CONSTRAINT "network_ties_source_check" CHECK (("network_ties"."source" = 'relationship') = ("network_ties"."relationship_id" is not null) and "network_ties"."source" in ('manual', 'relationship')),
	CONSTRAINT "network_ties_who_check" CHECK (("network_ties"."person_id" is null) <> ("network_ties"."name" is null)),
	CONSTRAINT "network_ties_not_self" CHECK ("network_ties"."person_id" is null or "network_ties"."person_id" <> "network_ties"."owner_id"),
	CONSTRAINT "network_ties_kind_check" CHECK ("network_ties"."kind" in ('supervisor', 'senior', 'peer', 'junior', 'family_or_acquaintance')),
	CONSTRAINT "network_ties_frequency_check" CHECK ("network_ties"."frequency" in ('weekly', 'monthly', 'quarterly', 'yearly', 'rarely')),
	CONSTRAINT "network_ties_closeness_check" CHECK ("network_ties"."closeness" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "development_plan_comments" ADD CONSTRAINT "development_plan_comments_plan_fk" FOREIGN KEY ("organization_id","plan_id") REFERENCES "public"."development_plans"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_comments" ADD CONSTRAINT "development_plan_comments_author_fk" FOREIGN KEY ("organization_id","author_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_ties" ADD CONSTRAINT "network_ties_owner_fk" FOREIGN KEY ("organization_id","owner_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_ties" ADD CONSTRAINT "network_ties_person_fk" FOREIGN KEY ("organization_id","person_id") REFERENCES "public"."people"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_ties" ADD CONSTRAINT "network_ties_relationship_fk" FOREIGN KEY ("organization_id","relationship_id") REFERENCES "public"."relationships"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "development_plan_comments_plan_idx" ON "development_plan_comments" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "network_ties_owner_idx" ON "network_ties" USING btree ("organization_id","owner_id");