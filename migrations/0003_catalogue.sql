CREATE TYPE "public"."product_status" AS ENUM('draft', 'pending_review', 'published', 'rejected', 'archived');--> statement-breakpoint
CREATE TYPE "public"."storage_mode" AS ENUM('ambient', 'chilled', 'frozen');--> statement-breakpoint
CREATE TABLE "product_images" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"storage_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"producer_org_id" uuid NOT NULL,
	"status" "product_status" DEFAULT 'draft' NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"description_vi" text NOT NULL,
	"description_en" text,
	"ocop_group" text NOT NULL,
	"category" text NOT NULL,
	"ocop_stars" smallint,
	"province_code" text NOT NULL,
	"origin_legacy_province" text,
	"months_available" smallint[] DEFAULT '{1,2,3,4,5,6,7,8,9,10,11,12}' NOT NULL,
	"hs_code" text,
	"unit" text NOT NULL,
	"moq" double precision NOT NULL,
	"monthly_capacity" double precision DEFAULT 0 NOT NULL,
	"lead_time_days" integer DEFAULT 7 NOT NULL,
	"price_min" bigint,
	"price_max" bigint,
	"currency" char(3) DEFAULT 'VND' NOT NULL,
	"shelf_life_days" integer,
	"storage" "storage_mode" DEFAULT 'ambient' NOT NULL,
	"packaging" text,
	"exported_to" char(2)[] DEFAULT '{}' NOT NULL,
	"public_facts" jsonb,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"import_id" uuid,
	"import_row" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "retail_readiness" jsonb;--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_ocop_group_ocop_groups_code_fk" FOREIGN KEY ("ocop_group") REFERENCES "public"."ocop_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_images_product_idx" ON "product_images" USING btree ("product_id","position");--> statement-breakpoint
CREATE INDEX "products_producer_idx" ON "products" USING btree ("producer_org_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "products_review_idx" ON "products" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "products_import_row_key" ON "products" USING btree ("import_id","import_row");