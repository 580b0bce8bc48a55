-- Search latency (issue 4, bench:search). product_search keeps only what a search reads for every
-- match — the vector and the filter/facet/sort values — and the hit as shown moves to
-- product_search_documents, read only for the page's hits. One GIN index over the vector and every
-- equality/containment filter (btree_gin gives the scalar columns GIN operator classes) replaces the
-- single-column indexes, so the index intersects words and filters itself.
--
-- Every step is "if needed" (development databases ran an earlier draft of 0009 that made half of
-- this change), the documents are copied before their column goes, and index rows that lost their
-- document on the way are dropped and queued for the search-sync job to rebuild.
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "product_search_documents" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"document" jsonb NOT NULL
);--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = 'product_search'
                AND column_name = 'document') THEN
    INSERT INTO "product_search_documents" ("product_id", "document")
      SELECT "product_id", "document" FROM "product_search"
      ON CONFLICT ("product_id") DO NOTHING;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_constraint
                  WHERE conrelid = '"product_search_documents"'::regclass AND contype = 'f') THEN
    ALTER TABLE "product_search_documents" ADD CONSTRAINT "product_search_documents_product_id_product_search_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product_search"("product_id") ON DELETE cascade ON UPDATE no action;
  END IF;
END $$;--> statement-breakpoint
-- The vector was generated from text_a/b/c; the engine now writes it (the values stay).
ALTER TABLE "product_search" ALTER COLUMN "tsv" DROP EXPRESSION IF EXISTS;--> statement-breakpoint
ALTER TABLE "product_search" ALTER COLUMN "tsv" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "product_search" DROP COLUMN IF EXISTS "document";--> statement-breakpoint
ALTER TABLE "product_search" DROP COLUMN IF EXISTS "text_a";--> statement-breakpoint
ALTER TABLE "product_search" DROP COLUMN IF EXISTS "text_b";--> statement-breakpoint
ALTER TABLE "product_search" DROP COLUMN IF EXISTS "text_c";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_tsv_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_group_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_category_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_province_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_region_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_certifications_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "product_search_exported_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "product_search_match_idx" ON "product_search" USING gin ("tsv","ocop_group","category","province_code","region","storage","certifications","exported_to");--> statement-breakpoint
-- Index rows without their document cannot be shown: drop them and have the search-sync job
-- rebuild every public product's (1,000 per job, as `npm run search:reindex` reads them). Nothing
-- to do on a database whose documents were copied above, or whose index is empty.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "product_search" s
              WHERE NOT EXISTS (SELECT 1 FROM "product_search_documents" d
                                 WHERE d."product_id" = s."product_id")) THEN
    DELETE FROM "product_search" s
     WHERE NOT EXISTS (SELECT 1 FROM "product_search_documents" d
                        WHERE d."product_id" = s."product_id");
    INSERT INTO "outbox" ("topic", "payload")
      SELECT 'search.product', jsonb_build_object('productIds', jsonb_agg("id" ORDER BY "id"))
        FROM (SELECT "id", (row_number() OVER (ORDER BY "id") - 1) / 1000 AS "batch"
                FROM "products" WHERE "public_facts" IS NOT NULL) p
       GROUP BY "batch";
  END IF;
END $$;
