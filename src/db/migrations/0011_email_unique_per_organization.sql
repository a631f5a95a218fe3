ALTER TABLE "people" DROP CONSTRAINT "people_email_unique";--> statement-breakpoint
CREATE INDEX "people_email_idx" ON "people" USING btree ("email");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_email_unique" UNIQUE("organization_id","email");