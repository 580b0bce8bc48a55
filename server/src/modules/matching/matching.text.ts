import type { ProductFacts } from '@ketnoi/shared';
import { categoryByCode, normalizeText } from '@ketnoi/shared/reference';
import { parseQuery, tokenize, type QueryTerm } from '../search/search-text.ts';

/**
 * Words a buyer writes in a demand's title that say nothing about the product ("cần mua …
 * cho chuỗi siêu thị", "looking for … supplier"), unaccented as tokenize() leaves them.
 */
const demandStopwords = new Set(
  [
    'can mua tim nguon hang cho sieu thi cung cap nha san pham loai so luong xuat khau',
    'nhap dat don thang moi va cac lon si le phan phoi ban tai ve tu de hop chai goi lit tan',
    'need needs buy buying for supplier suppliers supply of the and looking wanted want a an to',
    'from per month monthly chain supermarket supermarkets store stores export import with in on',
    'kg tonne tonnes',
  ]
    .join(' ')
    .split(' '),
);

/** "chuỗi siêu thị" is a supermarket chain, not bananas (chuối): dropped before parsing. */
const chainPhrases = /\bchuoi (sieu thi|cua hang|ban le|phan phoi|nha hang)\b/g;

/** The terms of a demand's title that name the product, synonyms attached. */
export function demandTerms(title: string): QueryTerm[] {
  return parseQuery(`${normalizeText(title).replace(chainPhrases, ' ')} `).filter(
    (t) => t.typed.length > 1 || !demandStopwords.has(t.typed[0]!),
  );
}

/** What the search engine is asked for: the content words, at most 6 (terms are AND-ed). */
export function demandSearchText(title: string, maxWords = 6): string {
  return demandTerms(title)
    .flatMap((t) => t.typed)
    .slice(0, maxWords)
    .join(' ');
}

/** A product's words: in a name a term counts fully; in category names or description, half. */
export type ProductWords = { names: string[]; context: string[] };

/** Descriptions can run to 10,000 characters; what a product is shows in its first lines. */
export const DESCRIPTION_CHARS = 600;

/** Tokenized once per product, however many demands it is scored against. */
export function productWords(f: ProductFacts): ProductWords {
  const category = categoryByCode(f.category);
  return {
    names: tokenize([f.nameVi, f.nameEn].filter(Boolean).join(' ')),
    context: tokenize(
      [
        category?.vi,
        category?.en,
        f.descriptionVi.slice(0, DESCRIPTION_CHARS),
        f.descriptionEn?.slice(0, DESCRIPTION_CHARS),
      ]
        .filter(Boolean)
        .join(' '),
    ),
  };
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  if (phrase.length === 1) {
    return words.includes(phrase[0]!);
  }
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (phrase.every((w, k) => words[i + k] === w)) {
      return true;
    }
  }
  return false;
}

/**
 * How well a product's texts answer a demand's title, 0–1, with the search engine's own text
 * analysis (unaccented tokens, the vi↔en synonym list): the mean over the title's content terms
 * of 1 (in a name), 0.5 (in category or description) or 0. Computed from the pair alone, so a
 * pair scores the same whether found from the demand, from the product or by hand. A title with
 * no content words says nothing: 0.5.
 */
export function textRelevance(terms: QueryTerm[], { names, context }: ProductWords): number {
  if (terms.length === 0) {
    return 0.5;
  }
  let sum = 0;
  for (const term of terms) {
    if (term.alternatives.some((p) => containsPhrase(names, p))) {
      sum += 1;
    } else if (term.alternatives.some((p) => containsPhrase(context, p))) {
      sum += 0.5;
    }
  }
  return sum / terms.length;
}
