import { Alert, Button, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { useBilingual } from '@/features/market-guides/components/market-fields';
import { api } from '@/lib/api-client';
import type { ProductPage } from '@/types/api';
import { useApplyToCampaign, type Campaign } from '../api/campaigns';
import { CampaignStatusBadge } from './campaign-badges';
import { CampaignEntries } from './campaign-entries';
import { CampaignSummary } from './campaign-summary';

/** The producer's published products: only those can be entered. */
function useOwnPublishedProducts() {
  return useQuery({
    queryKey: ['products', 'own', 'published-for-campaigns'],
    queryFn: ({ signal }) =>
      api.get<ProductPage>('/products', { params: { status: 'published', limit: 100 }, signal }),
    staleTime: 30_000,
  });
}

/** A producer enters one of its products, with a word for the coordinator. */
function ApplyForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const headingId = useId();
  const products = useOwnPublishedProducts();
  const apply = useApplyToCampaign();
  const [productId, setProductId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const options = (products.data?.items ?? []).map((p) => ({
    value: p.id,
    label: bilingual({ vi: p.nameVi, en: p.nameEn }),
  }));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          apply.reset();
          if (!productId) {
            setMissing(true);
            return;
          }
          apply.mutate(
            { id: campaign.id, data: { productId, note: note.trim() || null } },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('campaigns.apply.done') });
                setProductId(null);
                setNote('');
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {t('campaigns.apply.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.apply.hint')}
          </Text>
          <Select
            label={t('campaigns.apply.product')}
            placeholder={
              products.data && options.length === 0
                ? t('campaigns.apply.noProducts')
                : t('common.choose')
            }
            required
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={options}
            value={productId}
            onChange={(value) => {
              setProductId(value);
              setMissing(false);
            }}
            disabled={products.isPending || options.length === 0}
            error={missing ? t('validation.required') : undefined}
            maw={560}
          />
          <Textarea
            label={t('campaigns.apply.note')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <FormErrors error={apply.error ?? (products.isError ? products.error : null)} />
          <div>
            <Button type="submit" loading={apply.isPending}>
              {t('campaigns.apply.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * A campaign as a producer or distributor sees it: the call and its criteria; a producer enters
 * its products while applications are open and follows each entry's steps.
 */
export function CampaignForParties({
  campaign,
  role,
  guideHref,
}: {
  campaign: Campaign;
  role: 'producer' | 'distributor';
  guideHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  const entriesHeadingId = useId();
  return (
    <Stack gap="md">
      <div>
        <CampaignStatusBadge status={campaign.status} />
      </div>
      <CampaignSummary campaign={campaign} guideHref={guideHref} />
      {role === 'producer' ? (
        <>
          {campaign.acceptingApplications ? (
            <ApplyForm campaign={campaign} />
          ) : (
            <Alert color="gray" variant="light">
              {t('campaigns.apply.closed')}
            </Alert>
          )}
          <Stack gap="sm" component="section" aria-labelledby={entriesHeadingId}>
            <Title order={2} size="h4" id={entriesHeadingId}>
              {t('campaigns.entries.mineTitle')}
            </Title>
            <CampaignEntries
              campaign={campaign}
              party="producer"
              emptyTitle={t('campaigns.entries.emptyMine')}
            />
          </Stack>
        </>
      ) : (
        <Alert color="blue" variant="light">
          {t('campaigns.apply.distributorHint')}
        </Alert>
      )}
    </Stack>
  );
}
