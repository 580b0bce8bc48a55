import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact } from '@/components/ui/fact';
import { useBilingual, useLanguageName } from '@/features/market-guides/components/market-fields';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Campaign } from '../api/campaigns';

/** The call as every party reads it: retailer, dates, and the criteria products are screened on. */
export function CampaignSummary({
  campaign,
  guideHref,
}: {
  campaign: Campaign;
  guideHref?: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const bilingual = useBilingual();
  const languageName = useLanguageName();
  const headingId = useId();
  const c = campaign.criteria;
  const none = t('campaigns.summary.none');
  const moq = c.moq;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('campaigns.summary.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Fact label={t('campaigns.fields.retailerName')} value={campaign.retailerName} />
          <Fact label={t('campaigns.fields.country')} value={format.country(campaign.country)} />
          <Fact
            label={t('campaigns.summary.dates')}
            value={`${format.date(campaign.eventStartsOn)} – ${format.date(campaign.eventEndsOn)}`}
          />
          <Fact
            label={t('campaigns.fields.applicationDeadline')}
            value={
              <>
                {format.date(campaign.applicationDeadline)}
                {campaign.acceptingApplications ? (
                  <Text span size="sm" c="green.8">
                    {' '}
                    · {t('campaigns.summary.accepting')}
                  </Text>
                ) : null}
              </>
            }
          />
          <Fact
            label={t('campaigns.fields.ocopGroups')}
            value={c.ocopGroups.length > 0 ? c.ocopGroups.map(labels.group).join(', ') : none}
          />
          <Fact
            label={t('campaigns.fields.requiredCertifications')}
            value={
              c.requiredCertifications.length > 0
                ? c.requiredCertifications.map(labels.certification).join(', ')
                : none
            }
          />
          <Fact
            label={t('marketGuides.fields.minShelfLifeDays')}
            value={
              c.minShelfLifeDays === null
                ? none
                : t('marketGuides.view.days', { count: c.minShelfLifeDays })
            }
          />
          <Fact
            label={t('marketGuides.fields.minRemainingShelfLifePercent')}
            value={
              c.minRemainingShelfLifePercent === null
                ? none
                : `${c.minRemainingShelfLifePercent}%${
                    c.transitDays === null
                      ? ''
                      : ` · ${t('campaigns.summary.transit', { count: c.transitDays })}`
                  }`
            }
          />
          <Fact
            label={t('marketGuides.fields.labelLanguages')}
            value={
              c.labelLanguages.length > 0 ? c.labelLanguages.map(languageName).join(', ') : none
            }
          />
          <Fact
            label={t('campaigns.summary.moq')}
            value={
              moq
                ? [
                    moq.quantity !== null && moq.unit
                      ? `${format.number(moq.quantity)} ${labels.unit(moq.unit)}`
                      : null,
                    moq.text ? bilingual(moq.text) : null,
                  ]
                    .filter(Boolean)
                    .join(' — ')
                : none
            }
          />
          <Fact label={t('campaigns.fields.incoterm')} value={c.incoterm ?? none} />
          {campaign.marketGuideId && guideHref ? (
            <Fact
              label={t('campaigns.fields.marketGuide')}
              value={
                <Anchor component={Link} to={guideHref(campaign.marketGuideId)} size="sm">
                  {t('campaigns.summary.readGuide')}
                </Anchor>
              }
            />
          ) : null}
        </SimpleGrid>
        {c.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {bilingual(c.notes)}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
