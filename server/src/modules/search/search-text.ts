import { normalizeText, synonymGroups } from '@ketnoi/shared/reference';

/** One position in the query: any of these phrases (each a list of words) may match it. */
export type QueryTerm = {
  /** The words as the user typed them (unaccented). */
  typed: string[];
  alternatives: string[][];
  /** The last word of a query still being typed matches as a prefix. */
  prefix: boolean;
};

// eslint-disable-next-line no-control-regex -- matching control characters is the point: they must never reach the index
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

/** Unaccented, lower-cased words of a text: what both the index and the query are made of. */
export function tokenize(text: string): string[] {
  return normalizeText(text.replace(controlCharacters, ' '))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Synonym phrases by their first word, longest first, so "nuoc mam" wins over "nuoc". */
const synonymIndex = (() => {
  const byFirstWord = new Map<string, { words: string[]; group: string[][] }[]>();
  for (const group of synonymGroups) {
    const phrases = group.map((p) => p.split(' '));
    for (const words of phrases) {
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, group: phrases });
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
  }
  return byFirstWord;
})();

/**
 * A synonym phrase as one indexed word ("nuoc mam" → "nuocmam"). The index stores it beside the
 * phrase's own words and the query asks for it, so a phrase is matched by the index alone — no
 * re-reading of every row that merely has both words to check that they stand side by side.
 */
export const phraseWord = (words: readonly string[]) => words.join('');

/** The phrase words of the synonym phrases a text contains, to index with it. */
export function phraseWordsIn(words: readonly string[]): string[] {
  const found = new Set<string>();
  words.forEach((word, i) => {
    for (const { words: phrase } of synonymIndex.get(word) ?? []) {
      if (phrase.length > 1 && phrase.every((w, k) => words[i + k] === w)) {
        found.add(phraseWord(phrase));
      }
    }
  });
  return [...found];
}

/**
 * Splits a query into terms, joining words that form a synonym phrase ("fish sauce") and giving
 * each term its synonyms as alternatives. At most 12 terms: nobody types more, and it bounds
 * the query the database has to run.
 */
export function parseQuery(q: string): QueryTerm[] {
  const words = tokenize(q).slice(0, 12);
  const stillTyping = q.length > 0 && !/\s$/.test(q);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length;) {
    const candidates = synonymIndex.get(words[i]!) ?? [];
    const phrase = candidates.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      terms.push({ typed: phrase.words, alternatives: phrase.group, prefix: false });
      i += phrase.words.length;
    } else {
      terms.push({ typed: [words[i]!], alternatives: [[words[i]!]], prefix: false });
      i += 1;
    }
  }
  const last = terms.at(-1);
  if (last && stillTyping && last.typed.length === 1) {
    if (last.typed[0]!.length >= MIN_PREFIX_LENGTH) {
      last.prefix = true;
    } else if (terms.length > 1) {
      // A one-letter prefix matches a quarter of any catalogue and ranks all of it: wait for two,
      // meanwhile showing what the words before it find ("sâm ngọc l" as "sâm ngọc"), not nothing.
      terms.pop();
    }
  }
  return terms;
}

/** Prefix matching starts at this many letters of the word being typed. */
export const MIN_PREFIX_LENGTH = 2;

/** Words long enough to carry a typo worth correcting (one edit per word of 5+ letters). */
export const isFuzzyCandidate = (word: string) => word.length >= 5 && !/^\d+$/.test(word);

/** Damerau–Levenshtein distance ≤ 1: one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i += 1;
  }
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) {
      return true;
    }
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Builds a `to_tsquery('simple', …)` string: terms are AND-ed, alternatives OR-ed, a phrase asked
 * for as its phrase word (see `phraseWord`). Words are [a-z0-9]+ only (tokenize guarantees it), so nothing typed by a
 * user can reach the tsquery syntax. `corrections` adds known words one edit away.
 */
export function toTsQuery(
  terms: QueryTerm[],
  corrections: Map<string, string[]> = new Map(),
): string {
  return terms
    .map((term) => {
      const options = new Set<string>();
      for (const phrase of term.alternatives) {
        options.add(`'${phraseWord(phrase)}'`);
      }
      if (term.typed.length === 1) {
        const word = term.typed[0]!;
        if (term.prefix) {
          options.add(`'${word}':*`);
        }
        for (const fix of corrections.get(word) ?? []) {
          options.add(`'${fix}'`);
        }
      }
      return options.size === 1 ? [...options][0]! : `(${[...options].join(' | ')})`;
    })
    .join(' & ');
}

/** Character ranges of `text` whose unaccented words match a query word (or start with a prefix). */
export function highlightRanges(text: string, terms: QueryTerm[]): [number, number][] {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    for (const phrase of term.alternatives) {
      phrase.forEach((w) => exact.add(w));
    }
    if (term.prefix) {
      prefixes.push(term.typed[0]!);
    }
  }
  const ranges: [number, number][] = [];
  // Walk the original text word by word so ranges point into what the user sees.
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = normalizeText(match[0]);
    if (exact.has(word) || prefixes.some((p) => word.startsWith(p))) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}
