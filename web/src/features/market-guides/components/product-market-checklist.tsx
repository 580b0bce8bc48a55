import { Alert, Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useFormatters } from '@/lib/format';
import { useMarketChecklist, useMarketGuides } from '../api/market-guides';
import { ReadinessList, useBilingual } from './market-fields';

/**
 * On the producer's product page: the product against a chosen market's published guide, line
 * by line ("has HACCP ✓, needs FDA registration ✗"). The producer's working copy is checked, so
 * a fix shows here before the product is re-approved; only valid certificates count.
 */
export function ProductMarketChecklist({
  productId,
  guideHref,
}: {
  productId: string;
  guideHref: (guideId: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bilingual = useBilingual();
  const headingId = useId();
  const guides = useMarketGuides({ status: 'published', limit: 100 });
  const [guideId, setGuideId] = useState<string | null>(null);
  const checklist = useMarketChecklist(guideId, productId);
  const options = (guides.data?.items ?? []).map((guide) => ({
    value: guide.id,
    label: `${format.country(guide.country)} · ${guide.retailerName ?? t('marketGuides.view.wholeMarket')} — ${bilingual(guide.title)}`,
  }));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {t('marketGuides.checklist.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('marketGuides.checklist.subtitle')}
          </Text>
        </div>
        {guides.isError ? (
          <ErrorState error={guides.error} onRetry={() => void guides.refetch()} />
        ) : (
          <Select
            label={t('marketGuides.checklist.market')}
            placeholder={
              guides.data && options.length === 0
                ? t('marketGuides.checklist.noGuides')
                : t('common.choose')
            }
            data={options}
            value={guideId}
            onChange={setGuideId}
            disabled={guides.isPending || options.length === 0}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            maw={560}
          />
        )}
        {guideId === null ? null : checklist.isPending ? (
          <LoadingState />
        ) : checklist.isError ? (
          <ErrorState error={checklist.error} onRetry={() => void checklist.refetch()} />
        ) : (
          <Stack gap="sm">
            <Group gap="xs" aria-live="polite">
              <Badge color={checklist.data.ready ? 'green' : 'red'} variant="light">
                {checklist.data.ready
                  ? t('marketGuides.checklist.ready')
                  : t('marketGuides.checklist.notReady')}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('marketGuides.checklist.counts', {
                  met: checklist.data.metCount,
                  gaps: checklist.data.gapCount,
                  confirm: checklist.data.toConfirmCount,
                })}
              </Text>
            </Group>
            {checklist.data.items.length === 0 ? (
              <Alert color="gray" variant="light">
                {t('marketGuides.checklist.nothingToCheck')}
              </Alert>
            ) : (
              <ReadinessList
                items={checklist.data.items}
                label={t('marketGuides.checklist.listLabel')}
              />
            )}
            <Anchor component={Link} to={guideHref(guideId)} size="sm">
              {t('marketGuides.checklist.readGuide')}
            </Anchor>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
