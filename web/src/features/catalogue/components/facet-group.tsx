import { Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';

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
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            size="sm"
            checked={option.selected}
            onChange={() => onToggle(option.value)}
            label={
              <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
                <Text size="sm" span>
                  {option.label}
                </Text>
                <Text size="xs" c="dimmed" span>
                  {approximate
                    ? t('catalogue.approximateCount', { formatted: format.number(option.count) })
                    : format.number(option.count)}
                </Text>
              </Group>
            }
            styles={{ labelWrapper: { flex: 1 }, body: { alignItems: 'center' } }}
          />
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
