CREATE TYPE "public"."demand_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."match_origin" AS ENUM('engine', 'coordinator', 'distributor');--> statement-breakpoint
CREATE TYPE "public"."match_status" AS ENUM('proposed', 'approved', 'rejected', 'introduced', 'sample_requested', 'sample_sent', 'sample_received', 'negotiating', 'won', 'lost');--> statement-breakpoint
CREATE TYPE "public"."quote_status" AS ENUM('sent', 'accepted', 'declined', 'revision_requested', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."sample_status" AS ENUM('requested', 'accepted', 'declined', 'shipped', 'delivered', 'evaluated');--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text DEFAULT 'contract' NOT NULL,
	"match_id" uuid,
	"producer_org_id" uuid,
	"distributor_org_id" uuid,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"value" bigint,
	"currency" char(3),
	"product_ids" uuid[] DEFAULT '{}' NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY NOT NULL,
	"distributor_org_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"status" "demand_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ocop_group" text,
	"category" text,
	"quantity_per_order" double precision NOT NULL,
	"quantity_per_month" double precision,
	"unit" text NOT NULL,
	"price_min" bigint,
	"price_max" bigint,
	"currency" char(3) DEFAULT 'VND' NOT NULL,
	"incoterm" text,
	"incoterm_place" text,
	"required_certifications" text[] DEFAULT '{}' NOT NULL,
	"min_ocop_stars" smallint,
	"destination_country" char(2) DEFAULT 'VN' NOT NULL,
	"preferred_provinces" text[] DEFAULT '{}' NOT NULL,
	"preferred_regions" text[] DEFAULT '{}' NOT NULL,
	"needed_by" date,
	"requirements" jsonb,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" smallint,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_actor_id_key_pk" PRIMARY KEY("actor_id","key")
);
--> statement-breakpoint
CREATE TABLE "job_checkpoints" (
	"name" text PRIMARY KEY NOT NULL,
	"last_run_at" timestamp with time zone NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"distributor_org_id" uuid NOT NULL,
	"producer_org_id" uuid NOT NULL,
	"origin" "match_origin" DEFAULT 'engine' NOT NULL,
	"status" "match_status" DEFAULT 'proposed' NOT NULL,
	"score" real NOT NULL,
	"breakdown" jsonb NOT NULL,
	"pool_id" uuid,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"introduced_at" timestamp with time zone,
	"lost_reason" text,
	"reminded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producer_response_stats" (
	"producer_org_id" uuid PRIMARY KEY NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"median_response_hours" real,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"match_id" uuid NOT NULL,
	"producer_org_id" uuid NOT NULL,
	"distributor_org_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"revision_of" uuid,
	"status" "quote_status" DEFAULT 'sent' NOT NULL,
	"price_per_unit" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"unit" text NOT NULL,
	"incoterm" text,
	"named_place" text,
	"moq" double precision NOT NULL,
	"lead_time_days" integer NOT NULL,
	"payment_terms" text NOT NULL,
	"valid_until" date NOT NULL,
	"note" text,
	"response_note" text,
	"responded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_org_id" uuid NOT NULL,
	"distributor_org_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"match_id" uuid,
	"status" "sample_status" DEFAULT 'requested' NOT NULL,
	"quantity" double precision NOT NULL,
	"unit" text NOT NULL,
	"delivery_address" text NOT NULL,
	"note" text,
	"decline_reason" text,
	"carrier" text,
	"tracking_number" text,
	"evaluation" jsonb,
	"answered_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"evaluated_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "requirements" jsonb;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_distributor_org_id_organizations_id_fk" FOREIGN KEY ("distributor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_distributor_org_id_organizations_id_fk" FOREIGN KEY ("distributor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_distributor_org_id_organizations_id_fk" FOREIGN KEY ("distributor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_response_stats" ADD CONSTRAINT "producer_response_stats_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_distributor_org_id_organizations_id_fk" FOREIGN KEY ("distributor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_distributor_org_id_organizations_id_fk" FOREIGN KEY ("distributor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_requests" ADD CONSTRAINT "sample_requests_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_match_idx" ON "agreements" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "demands_distributor_idx" ON "demands" USING btree ("distributor_org_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "demands_open_idx" ON "demands" USING btree ("updated_at") WHERE "demands"."status" = 'open';--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_demand_product_key" ON "matches" USING btree ("demand_id","product_id");--> statement-breakpoint
CREATE INDEX "matches_status_score_idx" ON "matches" USING btree ("status","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "matches_demand_score_idx" ON "matches" USING btree ("demand_id","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "matches_product_idx" ON "matches" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "matches_producer_idx" ON "matches" USING btree ("producer_org_id","status");--> statement-breakpoint
CREATE INDEX "matches_distributor_idx" ON "matches" USING btree ("distributor_org_id","status");--> statement-breakpoint
CREATE INDEX "matches_pool_idx" ON "matches" USING btree ("pool_id") WHERE "matches"."pool_id" is not null;--> statement-breakpoint
CREATE INDEX "quotes_match_idx" ON "quotes" USING btree ("match_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_revision_key" ON "quotes" USING btree ("revision_of") WHERE "quotes"."revision_of" is not null;--> statement-breakpoint
CREATE INDEX "sample_requests_producer_idx" ON "sample_requests" USING btree ("producer_org_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sample_requests_distributor_idx" ON "sample_requests" USING btree ("distributor_org_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sample_requests_match_idx" ON "sample_requests" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "sample_requests_unanswered_idx" ON "sample_requests" USING btree ("created_at") WHERE "sample_requests"."status" = 'requested';