import { Fragment } from 'react';
import classes from './catalogue.module.css';

/**
 * `text` with the server's matched ranges (`[start, end)` character offsets) marked. The ranges
 * come from the search engine, so a query typed without diacritics still marks "Nước mắm".
 */
export function HighlightedText({
  text,
  ranges = [],
}: {
  text: string;
  ranges?: readonly (readonly [number, number])[];
}) {
  const valid = [...ranges]
    .filter(([start, end]) => start >= 0 && end > start && end <= text.length)
    .sort((a, b) => a[0] - b[0]);
  if (valid.length === 0) {
    return <>{text}</>;
  }
  const parts: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of valid) {
    if (start < cursor) {
      continue;
    }
    if (start > cursor) {
      parts.push({ text: text.slice(cursor, start), marked: false });
    }
    parts.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) {
    parts.push({ text: text.slice(cursor), marked: false });
  }
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          <mark key={index} className={classes.mark}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
