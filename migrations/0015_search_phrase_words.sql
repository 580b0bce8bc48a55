-- Search phrases (issue 4): the PostgreSQL engine now indexes each synonym phrase a product's text
-- contains as one word ("nuoc mam" → "nuocmam") and asks for phrases by that word. Rows indexed
-- before lack those words, so every indexed product is queued, 1,000 per row, for the search-sync
-- job to index again (as `npm run search:reindex` would) as soon as the worker runs.
INSERT INTO "outbox" ("topic", "payload")
  SELECT 'search.product', jsonb_build_object('productIds', jsonb_agg("product_id" ORDER BY "product_id"))
    FROM (SELECT "product_id", (row_number() OVER (ORDER BY "product_id") - 1) / 1000 AS "batch"
            FROM "product_search") p
   GROUP BY "batch";
