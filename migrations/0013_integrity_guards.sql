-- The audit log is append-only for everyone who connects as the application, whatever role it runs
-- as (the app has no separate database role, so a GRANT cannot protect it): UPDATE, DELETE and
-- TRUNCATE raise. A retention job or a legal erasure is a deliberate act by a database owner, who
-- can `ALTER TABLE audit_log DISABLE TRIGGER USER` inside its own transaction.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
-- Per statement, so even a DELETE that matches no row is refused (a probe never passes silently).
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- What the API schemas already refuse, held by the database too, so no import, seed, script or
-- future route can store it: OCOP stars are 3, 4, 5 or none; money is never negative; a currency
-- is one of shared/src/reference/trade.ts `currencyCodes` (change both together). Declared here
-- rather than with drizzle's check() so the snapshot stays as generated; tested by
-- server/test/integrity/schema-invariants.test.ts.
ALTER TABLE "products" ADD CONSTRAINT "products_ocop_stars_check"
  CHECK ("ocop_stars" IS NULL OR "ocop_stars" IN (3, 4, 5));--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_price_nonnegative"
  CHECK (("price_min" IS NULL OR "price_min" >= 0) AND ("price_max" IS NULL OR "price_max" >= 0));--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_currency_check"
  CHECK ("currency" IS NULL OR "currency" IN ('VND', 'USD', 'EUR', 'JPY', 'KRW', 'THB', 'CNY', 'SGD'));--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_min_ocop_stars_check"
  CHECK ("min_ocop_stars" IS NULL OR "min_ocop_stars" IN (3, 4, 5));--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_price_nonnegative"
  CHECK (("price_min" IS NULL OR "price_min" >= 0) AND ("price_max" IS NULL OR "price_max" >= 0));--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_currency_check"
  CHECK ("currency" IS NULL OR "currency" IN ('VND', 'USD', 'EUR', 'JPY', 'KRW', 'THB', 'CNY', 'SGD'));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_value_nonnegative"
  CHECK ("value" IS NULL OR "value" >= 0);--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_currency_check"
  CHECK ("currency" IS NULL OR "currency" IN ('VND', 'USD', 'EUR', 'JPY', 'KRW', 'THB', 'CNY', 'SGD'));--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_price_nonnegative"
  CHECK ("price_per_unit" >= 0);--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_currency_check"
  CHECK ("currency" IN ('VND', 'USD', 'EUR', 'JPY', 'KRW', 'THB', 'CNY', 'SGD'));--> statement-breakpoint
ALTER TABLE "campaign_reorders" ADD CONSTRAINT "campaign_reorders_value_nonnegative"
  CHECK ("value" IS NULL OR "value" >= 0);--> statement-breakpoint
ALTER TABLE "campaign_reorders" ADD CONSTRAINT "campaign_reorders_currency_check"
  CHECK ("currency" IS NULL OR "currency" IN ('VND', 'USD', 'EUR', 'JPY', 'KRW', 'THB', 'CNY', 'SGD'));
