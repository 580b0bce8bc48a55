import {
  MAX_SAVED_SEARCHES,
  type CreateSavedSearchBody,
  type SavedSearch,
  type SavedSearchList,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, fieldError, notFound } from '../../lib/errors.ts';
import {
  countSavedSearches,
  deleteSavedSearch,
  insertSavedSearch,
  listSavedSearches,
  lockUser,
  type SavedSearchRow,
} from './saved-searches.repository.ts';

const toSavedSearch = (row: SavedSearchRow): SavedSearch => ({
  id: row.id,
  name: row.name,
  filters: row.filters,
  createdAt: row.createdAt.toISOString(),
});

/** Each person's own saved catalogue searches: nobody else can list, use or delete them. */
export function createSavedSearchesService({ db }: { db: Db }) {
  return {
    async list(actor: Actor): Promise<SavedSearchList> {
      return { items: (await listSavedSearches(db, actor.id)).map(toSavedSearch) };
    },

    async create(actor: Actor, body: CreateSavedSearchBody): Promise<SavedSearch> {
      const name = body.name.trim();
      if (!name) {
        throw fieldError('VALIDATION_FAILED', '/body/name', {
          vi: 'Hãy đặt tên cho tìm kiếm',
          en: 'Give the search a name',
        });
      }
      return db.transaction(async (tx) => {
        await lockUser(tx, actor.id);
        if ((await countSavedSearches(tx, actor.id)) >= MAX_SAVED_SEARCHES) {
          throw new AppError(
            'SAVED_SEARCH_LIMIT_REACHED',
            `You can keep up to ${MAX_SAVED_SEARCHES} saved searches; delete one first`,
            { data: { limit: MAX_SAVED_SEARCHES } },
          );
        }
        const row = await insertSavedSearch(tx, { userId: actor.id, name, filters: body.filters });
        if (!row) {
          throw fieldError('SAVED_SEARCH_NAME_TAKEN', '/body/name', {
            vi: 'Bạn đã lưu một tìm kiếm với tên này',
            en: 'You already have a saved search with this name',
          });
        }
        return toSavedSearch(row);
      });
    },

    async remove(actor: Actor, id: string) {
      if (!(await deleteSavedSearch(db, actor.id, id))) {
        throw notFound('Saved search');
      }
    },
  };
}

export type SavedSearchesService = ReturnType<typeof createSavedSearchesService>;
