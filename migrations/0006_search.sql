CREATE TABLE "product_search" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"document" jsonb NOT NULL,
	"text_a" text NOT NULL,
	"text_b" text NOT NULL,
	"text_c" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', immutable_unaccent(lower(text_a))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(text_b))), 'B') || setweight(to_tsvector('simple', immutable_unaccent(lower(text_c))), 'C')) STORED,
	"ocop_group" text NOT NULL,
	"category" text NOT NULL,
	"province_code" text NOT NULL,
	"region" text NOT NULL,
	"stars" smallint,
	"certifications" text[] NOT NULL,
	"storage" text NOT NULL,
	"exported_to" text[] NOT NULL,
	"moq" double precision NOT NULL,
	"price_min_vnd" bigint,
	"price_max_vnd" bigint,
	"published_at" timestamp with time zone,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_vocabulary" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "product_search_tsv_idx" ON "product_search" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "product_search_group_idx" ON "product_search" USING btree ("ocop_group","category");--> statement-breakpoint
CREATE INDEX "product_search_province_idx" ON "product_search" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "product_search_region_idx" ON "product_search" USING btree ("region");--> statement-breakpoint
CREATE INDEX "product_search_certifications_idx" ON "product_search" USING gin ("certifications");--> statement-breakpoint
CREATE INDEX "product_search_exported_idx" ON "product_search" USING gin ("exported_to");--> statement-breakpoint
CREATE INDEX "product_search_published_idx" ON "product_search" USING btree ("published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "product_search_price_idx" ON "product_search" USING btree ("price_min_vnd");--> statement-breakpoint
CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gist ("word" gist_trgm_ops);