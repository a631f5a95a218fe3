ALTER TABLE "notifications" ADD COLUMN "email_state" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_at" timestamp with time zone;--> statement-breakpoint
-- Notifications written before the email bridge existed are not emailed now (no flood at upgrade).
UPDATE "notifications" SET "email_state" = 'skipped', "email_at" = now();--> statement-breakpoint
CREATE INDEX "notifications_email_pending_idx" ON "notifications" USING btree ("organization_id","created_at","id") WHERE "notifications"."email_state" = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_email_digest_idx" ON "notifications" USING btree ("organization_id","person_id","created_at") WHERE "notifications"."email_state" = 'digest';--> statement-breakpoint
CREATE INDEX "notifications_email_sent_idx" ON "notifications" USING btree ("organization_id","person_id","email_at") WHERE "notifications"."email_state" = 'sent';--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_email_state_check" CHECK ("notifications"."email_state" in ('pending', 'sent', 'digest', 'digested', 'skipped'));