-- The counts of program_enrolment_counts kept per statement, not per row: a bulk enrolment of 20,000
-- people updated the program's count row 20,000 times in one transaction, each update walking the
-- row's growing chain of versions (9 s of a 9.2 s insert). Statement triggers with transition tables
-- add each (program, role)'s net change once.
DROP TRIGGER IF EXISTS "enrolments_keep_counts" ON "enrolments";
--> statement-breakpoint
DROP FUNCTION IF EXISTS "enrolments_keep_counts"();
--> statement-breakpoint
CREATE FUNCTION "enrolments_keep_counts_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "program_enrolment_counts" AS c ("organization_id", "program_id", "role", "active")
	SELECT "organization_id", "program_id", "role", count(*)::int FROM "new_enrolments" WHERE "status" = 'active'
	GROUP BY "organization_id", "program_id", "role"
	ON CONFLICT ("organization_id", "program_id", "role") DO UPDATE SET "active" = c."active" + excluded."active";
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "enrolments_keep_counts_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "program_enrolment_counts" AS c SET "active" = c."active" - gone."n"
	FROM (SELECT "organization_id", "program_id", "role", count(*)::int AS "n" FROM "old_enrolments" WHERE "status" = 'active'
	      GROUP BY "organization_id", "program_id", "role") AS gone
	WHERE c."organization_id" = gone."organization_id" AND c."program_id" = gone."program_id" AND c."role" = gone."role";
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "enrolments_keep_counts_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	WITH "net" AS (
		SELECT "organization_id", "program_id", "role", sum("delta")::int AS "delta" FROM (
			SELECT "organization_id", "program_id", "role", 1 AS "delta" FROM "new_enrolments" WHERE "status" = 'active'
			UNION ALL
			SELECT "organization_id", "program_id", "role", -1 FROM "old_enrolments" WHERE "status" = 'active'
		) AS "changes"
		GROUP BY "organization_id", "program_id", "role"
		HAVING sum("delta") <> 0
	), "lowered" AS (
		UPDATE "program_enrolment_counts" AS c SET "active" = c."active" + "net"."delta" FROM "net"
		WHERE "net"."delta" < 0 AND c."organization_id" = "net"."organization_id" AND c."program_id" = "net"."program_id" AND c."role" = "net"."role"
	)
	INSERT INTO "program_enrolment_counts" AS c ("organization_id", "program_id", "role", "active")
	SELECT "organization_id", "program_id", "role", "delta" FROM "net" WHERE "delta" > 0
	ON CONFLICT ("organization_id", "program_id", "role") DO UPDATE SET "active" = c."active" + excluded."active";
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "enrolments_keep_counts_inserted" AFTER INSERT ON "enrolments" REFERENCING NEW TABLE AS "new_enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "enrolments_keep_counts_inserted"();
--> statement-breakpoint
CREATE TRIGGER "enrolments_keep_counts_updated" AFTER UPDATE ON "enrolments" REFERENCING OLD TABLE AS "old_enrolments" NEW TABLE AS "new_enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "enrolments_keep_counts_updated"();
--> statement-breakpoint
CREATE TRIGGER "enrolments_keep_counts_deleted" AFTER DELETE ON "enrolments" REFERENCING OLD TABLE AS "old_enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "enrolments_keep_counts_deleted"();
--> statement-breakpoint
COMMENT ON TABLE "program_enrolment_counts" IS 'derived: kept by the statement triggers enrolments_keep_counts_inserted, _updated and _deleted; backups leave it out and restores rebuild it';
