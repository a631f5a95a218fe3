DROP INDEX "matching_proposals_run_idx";--> statement-breakpoint
CREATE INDEX "matching_proposals_run_score_idx" ON "matching_proposals" USING btree ("organization_id","run_id","score","id");