ALTER TABLE "campaign_entries" ADD COLUMN "sample_request_id" uuid;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "retailer_org_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_sample_request_id_sample_requests_id_fk" FOREIGN KEY ("sample_request_id") REFERENCES "public"."sample_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_retailer_org_id_organizations_id_fk" FOREIGN KEY ("retailer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_entries_sample_request_key" ON "campaign_entries" USING btree ("sample_request_id");