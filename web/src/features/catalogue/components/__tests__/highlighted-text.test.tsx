import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../highlighted-text';

const marks = (container: HTMLElement) =>
  [...container.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('HighlightedText', () => {
  it('marks the ranges the engine matched, even without diacritics in the query', () => {
    const { container } = render(
      <HighlightedText
        text="Nước mắm Phú Quốc"
        ranges={[
          [0, 4],
          [9, 12],
        ]}
      />,
    );
    expect(container.textContent).toBe('Nước mắm Phú Quốc');
    expect(marks(container)).toEqual(['Nước', 'Phú']);
  });

  it('ignores ranges that are out of bounds or overlap', () => {
    const { container } = render(
      <HighlightedText
        text="Mật ong"
        ranges={[
          [0, 3],
          [1, 2],
          [5, 99],
          [-1, 2],
        ]}
      />,
    );
    expect(container.textContent).toBe('Mật ong');
    expect(marks(container)).toEqual(['Mật']);
  });
});
