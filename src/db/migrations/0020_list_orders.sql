CREATE INDEX "applications_program_created_idx" ON "applications" USING btree ("organization_id","program_id","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_person_created_idx" ON "applications" USING btree ("organization_id","person_id","created_at","id");--> statement-breakpoint
CREATE INDEX "circles_program_name_idx" ON "circles" USING btree ("organization_id","program_id","name","id");--> statement-breakpoint
CREATE INDEX "relationships_program_started_idx" ON "relationships" USING btree ("organization_id","program_id","started_at","id");--> statement-breakpoint
CREATE INDEX "relationships_program_last_touch_idx" ON "relationships" USING btree ("organization_id","program_id",coalesce("last_touch_at", "started_at"),"id");--> statement-breakpoint
CREATE INDEX "mentor_requests_mentor_created_idx" ON "mentor_requests" USING btree ("organization_id","mentor_id","created_at","id");--> statement-breakpoint
CREATE INDEX "mentor_requests_mentee_created_idx" ON "mentor_requests" USING btree ("organization_id","mentee_id","created_at","id");