-- The KPI report groups introductions and listings by the product's province and OCOP group.
-- products rows are wide (descriptions, public facts): this narrow covering index lets the report
-- read those two columns by id without touching the table (index-only scans once vacuumed).
CREATE INDEX IF NOT EXISTS "products_kpi_idx" ON "products" USING btree ("id") INCLUDE ("province_code", "ocop_group");--> statement-breakpoint
-- Introductions by year: the report filters matches on introduced_at.
CREATE INDEX IF NOT EXISTS "matches_introduced_idx" ON "matches" USING btree ("introduced_at") WHERE "introduced_at" IS NOT NULL;
