-- Market guides, campaigns, events, meetings and KPI targets (issue 7). The search table changes
-- generated into this file were moved to 0011_search_latency, which copies the stored hits first.
CREATE TYPE "public"."campaign_entry_origin" AS ENUM('applied', 'invited');--> statement-breakpoint
CREATE TYPE "public"."campaign_entry_status" AS ENUM('invited', 'applied', 'shortlisted', 'selected', 'sample_requested', 'listed', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'open', 'closed', 'completed');--> statement-breakpoint
CREATE TYPE "public"."market_guide_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('trade_connection_conference', 'goods_week', 'fair', 'market_survey_trip', 'workshop');--> statement-breakpoint
CREATE TYPE "public"."event_programme" AS ENUM('market_information', 'training', 'ecommerce_support');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."kpi_metric" AS ENUM('market_information_businesses', 'training_businesses', 'ecommerce_support_businesses', 'trade_connection_sessions', 'products_placed_abroad', 'products_introduced_city', 'mous_signed');--> statement-breakpoint
CREATE TYPE "public"."meeting_origin" AS ENUM('request', 'coordinator', 'draft');--> statement-breakpoint
CREATE TYPE "public"."meeting_outcome" AS ENUM('held', 'no_show', 'follow_up', 'mou', 'purchase_order');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('requested', 'accepted', 'declined', 'cancelled', 'scheduled');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('pending', 'accepted', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "campaign_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_org_id" uuid NOT NULL,
	"origin" "campaign_entry_origin" NOT NULL,
	"status" "campaign_entry_status" NOT NULL,
	"eligible_at_entry" boolean NOT NULL,
	"gaps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"decision_note" text,
	"invited_by" uuid,
	"invited_at" timestamp with time zone,
	"applied_at" timestamp with time zone,
	"shortlisted_at" timestamp with time zone,
	"selected_at" timestamp with time zone,
	"sample_requested_at" timestamp with time zone,
	"listed_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"reorder_count" integer DEFAULT 0 NOT NULL,
	"reorder_quantity" double precision DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_reorders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"ordered_on" date NOT NULL,
	"quantity" double precision NOT NULL,
	"unit" text NOT NULL,
	"value" bigint,
	"currency" char(3),
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_reorders_quantity_check" CHECK ("campaign_reorders"."quantity" > 0),
	CONSTRAINT "campaign_reorders_money_check" CHECK (("campaign_reorders"."value" is null) = ("campaign_reorders"."currency" is null))
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"retailer_name" text NOT NULL,
	"country" char(2) NOT NULL,
	"event_starts_on" date NOT NULL,
	"event_ends_on" date NOT NULL,
	"application_deadline" date NOT NULL,
	"market_guide_id" uuid,
	"ocop_groups" text[] DEFAULT '{}' NOT NULL,
	"required_certifications" text[] DEFAULT '{}' NOT NULL,
	"min_shelf_life_days" integer,
	"min_remaining_shelf_life_percent" smallint,
	"transit_days" smallint,
	"label_languages" text[] DEFAULT '{}' NOT NULL,
	"moq_quantity" double precision,
	"moq_unit" text,
	"moq_text_vi" text,
	"moq_text_en" text,
	"incoterm" text,
	"notes_vi" text,
	"notes_en" text,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_dates_check" CHECK ("campaigns"."event_ends_on" >= "campaigns"."event_starts_on"),
	CONSTRAINT "campaigns_deadline_check" CHECK ("campaigns"."application_deadline" <= "campaigns"."event_starts_on"),
	CONSTRAINT "campaigns_moq_check" CHECK (("campaigns"."moq_quantity" is null) = ("campaigns"."moq_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "market_guides" (
	"id" uuid PRIMARY KEY NOT NULL,
	"country" char(2) NOT NULL,
	"retailer_name" text,
	"status" "market_guide_status" DEFAULT 'draft' NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"required_certifications" text[] DEFAULT '{}' NOT NULL,
	"any_of_certifications" text[] DEFAULT '{}' NOT NULL,
	"label_languages" text[] DEFAULT '{}' NOT NULL,
	"min_shelf_life_days" integer,
	"min_remaining_shelf_life_percent" smallint,
	"transit_days" smallint,
	"labelling_vi" text,
	"labelling_en" text,
	"packaging_vi" text,
	"packaging_en" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"moq_quantity" double precision,
	"moq_unit" text,
	"moq_text_vi" text,
	"moq_text_en" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes_vi" text,
	"notes_en" text,
	"published_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_guides_moq_check" CHECK (("market_guides"."moq_quantity" is null) = ("market_guides"."moq_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "registration_status" DEFAULT 'pending' NOT NULL,
	"registered_by" uuid NOT NULL,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" "event_kind" NOT NULL,
	"status" "event_status" DEFAULT 'draft' NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"description_vi" text DEFAULT '' NOT NULL,
	"description_en" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"country" char(2) DEFAULT 'VN' NOT NULL,
	"partner_retailer" text,
	"capacity" integer,
	"registration_deadline" timestamp with time zone NOT NULL,
	"slot_minutes" smallint DEFAULT 20 NOT NULL,
	"tables" smallint DEFAULT 10 NOT NULL,
	"meeting_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"programmes" "event_programme"[] DEFAULT '{}' NOT NULL,
	"created_by" uuid NOT NULL,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_time_order" CHECK ("events"."ends_at" > "events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"metric" "kpi_metric" NOT NULL,
	"target" integer NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_targets_target_nonnegative" CHECK ("kpi_targets"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"producer_org_id" uuid NOT NULL,
	"distributor_org_id" uuid NOT NULL,
	"match_id" uuid,
	"table_no" smallint,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "meeting_status" NOT NULL,
	"origin" "meeting_origin" NOT NULL,
	"requested_by_org_id" uuid,
	"requested_by" uuid NOT NULL,
	"note" text,
	"accepted_at" timestamp with time zone,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"outcome" "meeting_outcome",
	"outcome_note" text,
	"outcome_by" uuid,
	"outcome_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_time_order" CHECK ("meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_table_positive" CHECK ("meetings"."table_no" is null or "meetings"."table_no" > 0)
);
--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reorders" ADD CONSTRAINT "campaign_reorders_entry_id_campaign_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."campaign_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reorders" ADD CONSTRAINT "campaign_reorders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_market_guide_id_market_guides_id_fk" FOREIGN KEY ("market_guide_id") REFERENCES "public"."market_guides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_guides" ADD CONSTRAINT "market_guides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_producer_org_id_organizations_id_fk" FOREIGN KEY ("producer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_distributor_org_id_organizations_id_fk" FOREIGN KEY ("distributor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_requested_by_org_id_organizations_id_fk" FOREIGN KEY ("requested_by_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_entries_campaign_product_key" ON "campaign_entries" USING btree ("campaign_id","product_id");--> statement-breakpoint
CREATE INDEX "campaign_entries_campaign_status_idx" ON "campaign_entries" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "campaign_entries_producer_idx" ON "campaign_entries" USING btree ("producer_org_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "campaign_entries_listed_idx" ON "campaign_entries" USING btree ("listed_at") WHERE "campaign_entries"."listed_at" is not null;--> statement-breakpoint
CREATE INDEX "campaign_reorders_entry_idx" ON "campaign_reorders" USING btree ("entry_id","ordered_on");--> statement-breakpoint
CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status","event_starts_on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "market_guides_country_idx" ON "market_guides" USING btree ("country","status");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_event_org_key" ON "event_registrations" USING btree ("event_id","organization_id");--> statement-breakpoint
CREATE INDEX "event_registrations_org_idx" ON "event_registrations" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "event_registrations_event_status_idx" ON "event_registrations" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "events_status_starts_idx" ON "events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_targets_year_metric_key" ON "kpi_targets" USING btree ("year","metric");--> statement-breakpoint
CREATE INDEX "meetings_event_starts_idx" ON "meetings" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_producer_idx" ON "meetings" USING btree ("producer_org_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_distributor_idx" ON "meetings" USING btree ("distributor_org_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at");
