ALTER TABLE "agreements" ADD COLUMN "province_code" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "document_key" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "document_bytes" integer;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "document_uploaded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_event_idx" ON "agreements" USING btree ("event_id") WHERE "agreements"."event_id" is not null;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_parties_check" CHECK (("agreements"."province_code" is null and "agreements"."producer_org_id" is not null and "agreements"."distributor_org_id" is not null) or ("agreements"."province_code" is not null and "agreements"."producer_org_id" is null and "agreements"."distributor_org_id" is null and "agreements"."match_id" is null));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_document_check" CHECK (("agreements"."document_key" is null and "agreements"."document_bytes" is null and "agreements"."document_uploaded_at" is null) or ("agreements"."document_key" is not null and "agreements"."document_bytes" is not null and "agreements"."document_uploaded_at" is not null));