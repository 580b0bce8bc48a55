import { describe, expect, it } from 'vitest';
import {
  highlightRanges,
  parseQuery,
  phraseWordsIn,
  toTsQuery,
  tokenize,
  withinOneEdit,
} from '../../../src/modules/search/search-text.ts';

describe('tokenize', () => {
  it('removes diacritics, case, punctuation and control characters', () => {
    expect(tokenize('Nước mắm Phú Quốc\u0000 40°N!')).toEqual([
      'nuoc',
      'mam',
      'phu',
      'quoc',
      '40',
      'n',
    ]);
    expect(tokenize('ĐẶC SẢN đồng bằng')).toEqual(['dac', 'san', 'dong', 'bang']);
    expect(tokenize("' & | ! ( ) :* \\ %_")).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('joins synonym phrases and gives both languages', () => {
    const [term] = parseQuery('fish sauce ');
    expect(term?.typed).toEqual(['fish', 'sauce']);
    expect(term?.alternatives).toContainEqual(['nuoc', 'mam']);
  });

  it('treats the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('mat on').at(-1)?.prefix).toBe(true);
    expect(parseQuery('mat on ').at(-1)?.prefix).toBe(false);
    // One letter being typed is left out until the second arrives; typed on its own or
    // finished with a space, it is a word.
    expect(parseQuery('nuoc m').map((t) => t.typed)).toEqual([['nuoc']]);
    expect(parseQuery('nuoc m ').map((t) => t.typed)).toEqual([['nuoc'], ['m']]);
    expect(parseQuery('m')).toEqual([{ typed: ['m'], alternatives: [['m']], prefix: false }]);
  });

  it('never lets tsquery syntax through', () => {
    const query = toTsQuery(parseQuery('honey\' | !(x):* & "drop table'));
    expect(query).not.toMatch(/[!"]|\|\s*!|:\*\s*&\s*'x'\)/);
    expect(query).toMatch(/^[a-z0-9' <>|&:*()-]+$/);
  });
});

describe('toTsQuery', () => {
  it('ANDs terms, ORs synonyms and corrections, and asks for a phrase by its phrase word', () => {
    const terms = parseQuery('honey thai nguyen ');
    expect(toTsQuery(terms)).toBe("('matong' | 'honey') & 'thai' & 'nguyen'");
    expect(toTsQuery(parseQuery('nguyne '), new Map([['nguyne', ['nguyen']]]))).toBe(
      "('nguyne' | 'nguyen')",
    );
  });
});

describe('phraseWordsIn', () => {
  it('finds the synonym phrases a text contains, side by side only', () => {
    expect(phraseWordsIn(tokenize('Mật ong rừng Tuyên Quang, nước mắm Phú Quốc'))).toEqual([
      'matong',
      'nuocmam',
    ]);
    expect(phraseWordsIn(tokenize('Ong mật và nước chấm'))).toEqual([]);
    expect(phraseWordsIn(tokenize('Vietnamese fish sauce and bird nest'))).toEqual([
      'fishsauce',
      'birdnest',
    ]);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['nguyen', 'nguyne', true],
    ['nguyen', 'nguyn', true],
    ['nguyen', 'nguyeen', true],
    ['nguyen', 'nguyan', true],
    ['nguyen', 'ngyuan', false],
    ['honey', 'money', true],
    ['honey', 'mone', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('highlightRanges', () => {
  it('marks words of the original text that match, diacritics and all', () => {
    const text = 'Mật ong bạc hà Hà Giang';
    const ranges = highlightRanges(text, parseQuery('mat ong ha gi'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Mật', 'ong', 'hà', 'Hà', 'Giang']);
  });
});
