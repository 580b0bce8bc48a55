/**
 * Text folding for search and alias matching.
 *
 * Lower-cases, strips Vietnamese diacritics (NFD, then drop every combining mark), maps `đ` to
 * `d`, collapses runs of whitespace to one space and trims. The result is plain ASCII for
 * Vietnamese input, so "Thừa Thiên Huế", "THUA THIEN HUE" and "thua  thien hue" all fold to
 * "thua thien hue". Both tone-mark placements ("Hòa" / "Hoà") fold alike.
 *
 * `ð` (U+00F0, and `Ð` U+00D0) is folded to `d` as well: legacy Vietnamese encodings converted to
 * Unicode often produce the look-alike Icelandic eth instead of `đ` (U+0111).
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}
