import type { SearchHit, SearchProductsQuery, SearchResult } from '@ketnoi/shared';
import { highlightRanges, type QueryTerm } from './search-text.ts';

/**
 * What the search index holds for one public product: the hit as shown, the texts to match and
 * the values to filter, facet and sort on. Built from the database by search-documents.ts; no
 * contact details, e-mails, phones or tax codes ever enter it.
 */
export type ProductSearchDocument = {
  id: string;
  nameVi: string;
  nameEn: string | null;
  descriptionVi: string;
  descriptionEn: string | null;
  producerId: string;
  producerName: string;
  ocopGroup: string;
  ocopGroupNames: string[];
  category: string;
  categoryNames: string[];
  ocopStars: number | null;
  province: string;
  /** The province's names today and before the 2025 merger: "Bắc Kạn" finds Thái Nguyên. */
  provinceNames: string[];
  region: string;
  certifications: string[];
  storage: string;
  exportedTo: string[];
  unit: string;
  moq: number;
  priceMin: number | null;
  priceMax: number | null;
  currency: string;
  /** Prices converted to đồng, so filters and sorts compare across currencies. */
  priceMinVnd: number | null;
  priceMaxVnd: number | null;
  coverImage: string | null;
  publishedAt: string | null;
  /**
   * The product row's version this document was built from. Syncs of one product apply in the
   * order they read it (search-sync.ts), so the version an engine holds never goes down.
   */
  version: number;
};

/** Filters after their names and aliases were resolved to codes (see search.service.ts). */
export type ResolvedSearchQuery = Omit<
  SearchProductsQuery,
  'province' | 'priceMin' | 'priceMax' | 'currency'
> & {
  province?: string | undefined;
  priceMinVnd?: number | undefined;
  priceMaxVnd?: number | undefined;
};

/**
 * One interface, two engines (PostgreSQL full-text by default, Meilisearch when configured). The
 * API, the sync job and matching use only this.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates or updates index settings; safe to call on every start. */
  applySettings(): Promise<void>;
  /** Adds or replaces documents, in one batch; resolves when the engine has applied them. */
  index(documents: ProductSearchDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  /** Removes every document (before a full reindex). */
  clear(): Promise<void>;
  search(query: ResolvedSearchQuery): Promise<Omit<SearchResult, 'tookMs' | 'engine'>>;
}

/** The hit both engines return for a document, with highlights on the names. */
export function toSearchHit(d: ProductSearchDocument, terms: QueryTerm[]): SearchHit {
  return {
    id: d.id,
    nameVi: d.nameVi,
    nameEn: d.nameEn,
    producer: { id: d.producerId, name: d.producerName },
    ocopGroup: d.ocopGroup,
    category: d.category,
    ocopStars: d.ocopStars,
    province: d.province,
    region: d.region,
    certifications: d.certifications,
    storage: d.storage,
    exportedTo: d.exportedTo,
    unit: d.unit,
    moq: d.moq,
    priceMin: d.priceMin,
    priceMax: d.priceMax,
    currency: d.currency,
    coverImage: d.coverImage,
    publishedAt: d.publishedAt,
    // Character offsets into what the user sees, the same for both engines.
    highlights:
      terms.length > 0
        ? {
            nameVi: highlightRanges(d.nameVi, terms),
            ...(d.nameEn ? { nameEn: highlightRanges(d.nameEn, terms) } : {}),
          }
        : {},
  };
}
