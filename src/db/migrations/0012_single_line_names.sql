-- Names, titles and labels are one line (issue 14, finding 4): the API now refuses control
-- characters and line separators in them, which earlier versions stored. Each run of them in a
-- stored value becomes one space, so a planted line break cannot reach a calendar file or a
-- header, and every stored value reads back through the API's own schemas.
CREATE FUNCTION "one_line_text"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT btrim(regexp_replace(value, '[\u0001-\u001f\u007f-\u009f\u2028\u2029]+', ' ', 'g'))
$$;--> statement-breakpoint
UPDATE "organizations" SET "name" = coalesce(nullif("one_line_text"("name"), ''), 'Unnamed organization') WHERE "name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "people" SET "display_name" = coalesce(nullif("one_line_text"("display_name"), ''), 'Unnamed person') WHERE "display_name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "people" SET "department" = nullif("one_line_text"("department"), '') WHERE "department" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "people" SET "job_title" = nullif("one_line_text"("job_title"), '') WHERE "job_title" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "people" SET "location" = nullif("one_line_text"("location"), '') WHERE "location" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "programs" SET "name" = coalesce(nullif("one_line_text"("name"), ''), 'Unnamed program') WHERE "name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "skills" SET "name" = coalesce(nullif("one_line_text"("name"), ''), 'Unnamed skill') WHERE "name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "circles" SET "name" = coalesce(nullif("one_line_text"("name"), ''), 'Circle') WHERE "name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "network_ties" SET "name" = coalesce(nullif("one_line_text"("name"), ''), 'Someone') WHERE "name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "network_ties" SET "department" = nullif("one_line_text"("department"), '') WHERE "department" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "network_ties" SET "organization_name" = nullif("one_line_text"("organization_name"), '') WHERE "organization_name" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "goal_milestones" SET "title" = coalesce(nullif("one_line_text"("title"), ''), 'Milestone') WHERE "title" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
UPDATE "meetings" SET "location" = nullif("one_line_text"("location"), '') WHERE "location" ~ '[\u0001-\u001f\u007f-\u009f\u2028\u2029]';--> statement-breakpoint
DROP FUNCTION "one_line_text"(text);
