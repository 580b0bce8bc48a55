CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"product_id" uuid,
	"scheme" text NOT NULL,
	"stars" smallint,
	"issuer" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"evidence_key" text,
	"evidence_content_type" text,
	"evidence_bytes" integer,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_stars_check" CHECK (("certificates"."scheme" = 'ocop' and "certificates"."stars" between 3 and 5) or ("certificates"."scheme" <> 'ocop' and "certificates"."stars" is null)),
	CONSTRAINT "certificates_dates_check" CHECK ("certificates"."expires_on" is null or "certificates"."expires_on" >= "certificates"."issued_on"),
	CONSTRAINT "certificates_evidence_check" CHECK (("certificates"."evidence_key" is null and "certificates"."evidence_content_type" is null and "certificates"."evidence_bytes" is null) or ("certificates"."evidence_key" is not null and "certificates"."evidence_content_type" is not null and "certificates"."evidence_bytes" is not null)),
	CONSTRAINT "certificates_verified_check" CHECK (("certificates"."verified_at" is null) = ("certificates"."verified_by" is null))
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificates_organization_idx" ON "certificates" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "certificates_product_idx" ON "certificates" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "certificates_expires_on_idx" ON "certificates" USING btree ("expires_on") WHERE "certificates"."expires_on" is not null;