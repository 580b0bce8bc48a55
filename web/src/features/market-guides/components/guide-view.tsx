import { Anchor, Badge, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '@/components/ui/fact';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { MarketGuide, MarketGuideStatus } from '../api/market-guides';
import { useBilingual, useLanguageName } from './market-fields';

export function GuideStatusBadge({ status }: { status: MarketGuideStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'published' ? 'green' : 'gray'} variant="light">
      {t(`marketGuides.status.${status}`)}
    </Badge>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `guide-section-${title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Prose kept as written: paragraphs and line breaks survive. */
function Prose({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

/** A guide as a producer reads it: what is checked, then labelling, packaging, papers, contacts. */
export function GuideView({ guide }: { guide: MarketGuide }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const bilingual = useBilingual();
  const languageName = useLanguageName();
  const r = guide.requirements;
  const none = t('marketGuides.view.none');
  const certs = (codes: string[]) =>
    codes.length > 0 ? codes.map(labels.certification).join(', ') : none;
  const moq = guide.typicalMoq;

  return (
    <Stack gap="md">
      <Section title={t('marketGuides.view.requirements')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('marketGuides.fields.country')} value={format.country(guide.country)} />
          <Fact
            label={t('marketGuides.fields.retailerName')}
            value={guide.retailerName ?? t('marketGuides.view.wholeMarket')}
          />
          <Fact
            label={t('marketGuides.fields.requiredCertifications')}
            value={certs(r.requiredCertifications)}
          />
          <Fact
            label={t('marketGuides.fields.anyOfCertifications')}
            value={certs(r.anyOfCertifications)}
          />
          <Fact
            label={t('marketGuides.fields.labelLanguages')}
            value={
              r.labelLanguages.length > 0 ? r.labelLanguages.map(languageName).join(', ') : none
            }
          />
          <Fact
            label={t('marketGuides.fields.minShelfLifeDays')}
            value={
              r.minShelfLifeDays === null
                ? none
                : t('marketGuides.view.days', { count: r.minShelfLifeDays })
            }
          />
          <Fact
            label={t('marketGuides.fields.minRemainingShelfLifePercent')}
            value={
              r.minRemainingShelfLifePercent === null ? none : `${r.minRemainingShelfLifePercent}%`
            }
          />
          <Fact
            label={t('marketGuides.fields.transitDays')}
            value={
              r.transitDays === null ? none : t('marketGuides.view.days', { count: r.transitDays })
            }
          />
          <Fact
            label={t('marketGuides.fields.typicalMoq')}
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
          {guide.publishedAt ? (
            <Fact
              label={t('marketGuides.view.publishedAt')}
              value={format.date(guide.publishedAt)}
            />
          ) : null}
        </SimpleGrid>
      </Section>
      {guide.labelling ? (
        <Section title={t('marketGuides.fields.labelling')}>
          <Prose text={bilingual(guide.labelling)} />
        </Section>
      ) : null}
      {guide.packaging ? (
        <Section title={t('marketGuides.fields.packaging')}>
          <Prose text={bilingual(guide.packaging)} />
        </Section>
      ) : null}
      {guide.documents.length > 0 ? (
        <Section title={t('marketGuides.fields.documents')}>
          <List size="sm" spacing={4}>
            {guide.documents.map((document, index) => (
              <List.Item key={index}>{bilingual(document)}</List.Item>
            ))}
          </List>
        </Section>
      ) : null}
      {guide.contacts.length > 0 ? (
        <Section title={t('marketGuides.fields.contacts')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {guide.contacts.map((contact, index) => (
              <Stack key={index} gap={2}>
                <Text size="sm" fw={600}>
                  {contact.name}
                </Text>
                {contact.role || contact.organization ? (
                  <Text size="sm" c="dimmed">
                    {[contact.role, contact.organization].filter(Boolean).join(', ')}
                  </Text>
                ) : null}
                {contact.email ? (
                  <Anchor size="sm" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </Anchor>
                ) : null}
                {contact.phone ? (
                  <Anchor size="sm" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                    {contact.phone}
                  </Anchor>
                ) : null}
                {contact.website ? (
                  <Anchor
                    size="sm"
                    href={contact.website}
                    target="_blank"
                    rel="noopener noreferrer"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {contact.website}
                  </Anchor>
                ) : null}
              </Stack>
            ))}
          </SimpleGrid>
        </Section>
      ) : null}
      {guide.notes ? (
        <Section title={t('marketGuides.fields.notes')}>
          <Prose text={bilingual(guide.notes)} />
        </Section>
      ) : null}
    </Stack>
  );
}
