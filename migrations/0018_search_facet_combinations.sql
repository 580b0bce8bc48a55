-- Search facets by combination (issue 4, bench:search filter-only p95). A catalogue has few
-- distinct combinations of the eight facet values (a few hundred at 10^5 products), so a search
-- with filters but no words counts its total and every facet from them, exactly, instead of
-- visiting thousands of matching rows, and reads its page per combination from a
-- (combination_id, published_at) index. Triggers keep product_search.combination_id and the
-- per-combination counts in the same transaction as the index rows, whoever writes them.
CREATE TABLE "product_search_combinations" (
	"id" serial PRIMARY KEY NOT NULL,
	"ocop_group" text NOT NULL,
	"category" text NOT NULL,
	"province_code" text NOT NULL,
	"region" text NOT NULL,
	"stars" smallint,
	"certifications" text[] NOT NULL,
	"storage" text NOT NULL,
	"exported_to" text[] NOT NULL,
	"products" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "product_search_combinations_values_key" UNIQUE NULLS NOT DISTINCT("ocop_group","category","province_code","region","stars","certifications","storage","exported_to")
);
--> statement-breakpoint
INSERT INTO "product_search_combinations" ("ocop_group", "category", "province_code", "region", "stars",
    "certifications", "storage", "exported_to", "products")
  SELECT "ocop_group", "category", "province_code", "region", "stars", "certifications", "storage",
         "exported_to", count(*)
    FROM "product_search" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;--> statement-breakpoint
ALTER TABLE "product_search" ADD COLUMN "combination_id" integer;--> statement-breakpoint
UPDATE "product_search" s SET "combination_id" = c."id"
  FROM "product_search_combinations" c
 WHERE (c."ocop_group", c."category", c."province_code", c."region", c."certifications", c."storage", c."exported_to")
     = (s."ocop_group", s."category", s."province_code", s."region", s."certifications", s."storage", s."exported_to")
   AND c."stars" IS NOT DISTINCT FROM s."stars";--> statement-breakpoint
ALTER TABLE "product_search" ALTER COLUMN "combination_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "product_search" ADD CONSTRAINT "product_search_combination_id_product_search_combinations_id_fk" FOREIGN KEY ("combination_id") REFERENCES "public"."product_search_combinations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_search_combination_published_idx" ON "product_search" USING btree ("combination_id","published_at" DESC NULLS LAST,"product_id");--> statement-breakpoint
-- Each row gets the id of its combination, created on first use (a concurrent transaction may
-- create the same one: ON CONFLICT waits for it, then the row is read again).
CREATE FUNCTION product_search_set_combination() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c.id INTO NEW.combination_id FROM product_search_combinations c
   WHERE c.ocop_group = NEW.ocop_group AND c.category = NEW.category
     AND c.province_code = NEW.province_code AND c.region = NEW.region
     AND c.stars IS NOT DISTINCT FROM NEW.stars AND c.certifications = NEW.certifications
     AND c.storage = NEW.storage AND c.exported_to = NEW.exported_to;
  IF NEW.combination_id IS NULL THEN
    INSERT INTO product_search_combinations (ocop_group, category, province_code, region, stars,
        certifications, storage, exported_to)
      VALUES (NEW.ocop_group, NEW.category, NEW.province_code, NEW.region, NEW.stars,
        NEW.certifications, NEW.storage, NEW.exported_to)
      ON CONFLICT DO NOTHING
      RETURNING id INTO NEW.combination_id;
  END IF;
  IF NEW.combination_id IS NULL THEN
    SELECT c.id INTO STRICT NEW.combination_id FROM product_search_combinations c
     WHERE c.ocop_group = NEW.ocop_group AND c.category = NEW.category
       AND c.province_code = NEW.province_code AND c.region = NEW.region
       AND c.stars IS NOT DISTINCT FROM NEW.stars AND c.certifications = NEW.certifications
       AND c.storage = NEW.storage AND c.exported_to = NEW.exported_to;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
-- Counts move once per statement, by combination. Writers of the index take turns from their
-- first count to their commit (advisory lock 72102/0; meetings use 72001–72002, search sync
-- 72101): an upsert moves counts twice (its inserted rows, then its updated ones), so two writers
-- touching the same combinations would otherwise lock them in crossing orders and deadlock.
-- A combination left with no product keeps its row (ids stay stable; searches skip products = 0).
CREATE FUNCTION product_search_count_combinations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(72102, 0);
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE product_search_combinations SET products = 0 WHERE products <> 0;
  ELSIF TG_OP = 'INSERT' THEN
    UPDATE product_search_combinations c SET products = c.products + delta.d
      FROM (SELECT combination_id AS id, count(*)::int AS d FROM new_rows GROUP BY 1) delta
     WHERE c.id = delta.id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE product_search_combinations c SET products = c.products - delta.d
      FROM (SELECT combination_id AS id, count(*)::int AS d FROM old_rows GROUP BY 1) delta
     WHERE c.id = delta.id;
  ELSE
    UPDATE product_search_combinations c SET products = c.products + delta.d
      FROM (SELECT id, sum(d)::int AS d FROM (
              SELECT combination_id AS id, 1 AS d FROM new_rows
              UNION ALL SELECT combination_id, -1 FROM old_rows) moved
             GROUP BY id HAVING sum(d) <> 0) delta
     WHERE c.id = delta.id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER product_search_combination BEFORE INSERT OR UPDATE ON product_search
  FOR EACH ROW EXECUTE FUNCTION product_search_set_combination();--> statement-breakpoint
CREATE TRIGGER product_search_count_inserted AFTER INSERT ON product_search
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION product_search_count_combinations();--> statement-breakpoint
CREATE TRIGGER product_search_count_updated AFTER UPDATE ON product_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION product_search_count_combinations();--> statement-breakpoint
CREATE TRIGGER product_search_count_deleted AFTER DELETE ON product_search
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION product_search_count_combinations();--> statement-breakpoint
CREATE TRIGGER product_search_count_truncated AFTER TRUNCATE ON product_search
  FOR EACH STATEMENT EXECUTE FUNCTION product_search_count_combinations();
