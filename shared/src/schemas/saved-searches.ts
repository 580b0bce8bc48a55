import { Type, type Static } from 'typebox';
import { IdSchema, Text } from './common.ts';
import { SearchProductsQuerySchema } from './search.ts';

/** The catalogue filters a person keeps to run again: a search query without its paging. */
export const SavedSearchFiltersSchema = Type.Partial(
  Type.Omit(SearchProductsQuerySchema, ['page', 'limit']),
  { additionalProperties: false },
);
export type SavedSearchFilters = Static<typeof SavedSearchFiltersSchema>;

/** How many searches one person may keep. */
export const MAX_SAVED_SEARCHES = 50;

export const CreateSavedSearchBodySchema = Type.Object(
  {
    name: Text({ minLength: 1, maxLength: 80 }),
    filters: SavedSearchFiltersSchema,
  },
  { additionalProperties: false },
);
export type CreateSavedSearchBody = Static<typeof CreateSavedSearchBodySchema>;

export const SavedSearchSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  filters: SavedSearchFiltersSchema,
  createdAt: Type.String({ format: 'date-time' }),
});
export type SavedSearch = Static<typeof SavedSearchSchema>;

export const SavedSearchListSchema = Type.Object({ items: Type.Array(SavedSearchSchema) });
export type SavedSearchList = Static<typeof SavedSearchListSchema>;
