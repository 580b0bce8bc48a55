-- A short pending list for the search index (see the schema), set in place rather than rebuilt so
-- a large catalogue keeps searching while this runs; the long list already there is merged now.
ALTER INDEX "product_search_match_idx" SET (gin_pending_list_limit = 256);--> statement-breakpoint
SELECT gin_clean_pending_list('product_search_match_idx');
