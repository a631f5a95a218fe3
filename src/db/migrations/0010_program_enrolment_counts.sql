CREATE TABLE "program_enrolment_counts" (
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"role" text NOT NULL,
	"active" integer NOT NULL,
	CONSTRAINT "program_enrolment_counts_pk" PRIMARY KEY("organization_id","program_id","role"),
	CONSTRAINT "program_enrolment_counts_active_check" CHECK ("program_enrolment_counts"."active" >= 0)
);
--> statement-breakpoint
ALTER TABLE "program_enrolment_counts" ADD CONSTRAINT "program_enrolment_counts_program_fk" FOREIGN KEY ("organization_id","program_id") REFERENCES "public"."programs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
COMMENT ON TABLE "program_enrolment_counts" IS 'derived: kept by the trigger enrolments_keep_counts; backups leave it out and restores rebuild it';--> statement-breakpoint
CREATE FUNCTION "enrolments_keep_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.organization_id = NEW.organization_id AND OLD.program_id = NEW.program_id AND OLD.role = NEW.role THEN
		RETURN NULL;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'active' THEN
		UPDATE "program_enrolment_counts" SET "active" = "active" - 1
		WHERE "organization_id" = OLD.organization_id AND "program_id" = OLD.program_id AND "role" = OLD.role;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'active' THEN
		INSERT INTO "program_enrolment_counts" ("organization_id", "program_id", "role", "active")
		VALUES (NEW.organization_id, NEW.program_id, NEW.role, 1)
		ON CONFLICT ("organization_id", "program_id", "role") DO UPDATE SET "active" = "program_enrolment_counts"."active" + 1;
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "enrolments_keep_counts" AFTER INSERT OR UPDATE OR DELETE ON "enrolments" FOR EACH ROW EXECUTE FUNCTION "enrolments_keep_counts"();--> statement-breakpoint
INSERT INTO "program_enrolment_counts" ("organization_id", "program_id", "role", "active")
SELECT "organization_id", "program_id", "role", count(*)::int FROM "enrolments" WHERE "status" = 'active' GROUP BY "organization_id", "program_id", "role";
