import { Button, Fieldset, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import classes from './catalogue.module.css';

export type FacetOption = { value: string; label: string; count: number; selected: boolean };

/** The options a facet shows before "show more". */
const VISIBLE = 6;

/**
 * One facet: its values with how many results each would leave, as checkboxes. The counts are
 * the search engine's, over the results of the current search (estimates when `approximate`).
 */
export function FacetGroup({
  title,
  options,
  onToggle,
  approximate = false,
}: {
  title: string;
  options: FacetOption[];
  onToggle: (value: string) => void;
  /** The engine counted only part of a very large result: show the counts as estimates. */
  approximate?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) {
    return null;
  }
  // Selected values always show, whatever their rank.
  const shown = expanded
    ? options
    : options.filter((option, index) => index < VISIBLE || option.selected);
  const hidden = options.length - shown.length;

  return (
    <Fieldset legend={title} variant="unstyled" p={0}>
      <Stack gap={6} mt={4}>
        {/* The browser's own checkbox, styled: a page of results shows dozens of these, and
            the UI kit's (a dozen elements each) was half of the catalogue's markup. */}
        {shown.map((option) => (
          <label key={option.value} className={classes.facetOption}>
            <input
              type="checkbox"
              checked={option.selected}
              onChange={() => onToggle(option.value)}
            />
            <span className={classes.facetLabel}>{option.label}</span>
            <span className={classes.facetCount}>
              {approximate
                ? t('catalogue.approximateCount', { formatted: format.number(option.count) })
                : format.number(option.count)}
            </span>
          </label>
        ))}
        {hidden > 0 || expanded ? (
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            onClick={() => setExpanded((value) => !value)}
            aria-expanded={expanded}
          >
            {expanded ? t('catalogue.showLess') : t('catalogue.showMore', { count: hidden })}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
