-- No organization and no table is ever in two active meetings at overlapping times, whatever the
-- concurrency: exclusion constraints over tstzrange(starts_at, ends_at) (half-open, so back-to-back
-- slots do not clash). Declined and cancelled meetings free their slot (the WHERE predicate).
-- btree_gist lets the uuid/smallint equality columns share the GiST index with the range.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_producer_no_overlap"
  EXCLUDE USING gist ("producer_org_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" IN ('requested', 'accepted', 'scheduled'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_distributor_no_overlap"
  EXCLUDE USING gist ("distributor_org_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" IN ('requested', 'accepted', 'scheduled'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_table_no_overlap"
  EXCLUDE USING gist ("event_id" WITH =, "table_no" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" IN ('requested', 'accepted', 'scheduled') AND "table_no" IS NOT NULL);
