import { Anchor, Button, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ReadinessList, useBilingual } from '@/features/market-guides/components/market-fields';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import {
  nextStatuses,
  useCampaignEntry,
  type CampaignEntry,
  type EntryStep,
} from '../api/campaigns';
import { EntryStatusBadge } from './campaign-badges';
import { EntryStepModal } from './entry-step-modal';
import { ReorderModal } from './reorder-modal';

/**
 * The sample requested in the retailer organization's name: its progress, and for the producer
 * a link to the request on its samples page (where it accepts and ships it).
 */
function EntrySample({
  sample,
  party,
}: {
  sample: NonNullable<CampaignEntry['sampleRequest']>;
  party: 'producer' | 'staff';
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const at = sample.evaluatedAt ?? sample.deliveredAt ?? sample.shippedAt;
  return (
    <Group gap="xs">
      <Text size="sm">
        {t('campaigns.entry.sample', { status: t(`samples.status.${sample.status}`) })}
        {at ? ` (${format.dateTime(at)})` : ''}
      </Text>
      {party === 'producer' ? (
        <Anchor component={Link} to={paths.app.samples.getHref(sample.id)} size="sm">
          {t('campaigns.entry.openSample')}
        </Anchor>
      ) : null}
    </Group>
  );
}

/** The steps an entry went through, each with its date. */
function EntrySteps({ entry }: { entry: CampaignEntry }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const steps: [string, string | null][] = [
    [t('campaigns.entryStatus.invited'), entry.invitedAt],
    [t('campaigns.entryStatus.applied'), entry.appliedAt],
    [t('campaigns.entryStatus.shortlisted'), entry.shortlistedAt],
    [t('campaigns.entryStatus.selected'), entry.selectedAt],
    [t('campaigns.entryStatus.sample_requested'), entry.sampleRequestedAt],
    [t('campaigns.entryStatus.listed'), entry.listedAt],
    [
      entry.status === 'withdrawn'
        ? t('campaigns.entryStatus.withdrawn')
        : t('campaigns.entryStatus.rejected'),
      entry.endedAt,
    ],
  ];
  return (
    <List size="xs" spacing={2} aria-label={t('campaigns.entry.steps')} c="dimmed">
      {steps
        .filter(([, at]) => at !== null)
        .map(([label, at]) => (
          <List.Item key={label}>
            {label}: {format.dateTime(at!)}
          </List.Item>
        ))}
    </List>
  );
}

function Reorders({ entry }: { entry: CampaignEntry }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [opened, { toggle }] = useDisclosure(false);
  const detail = useCampaignEntry(entry.campaignId, entry.id, opened);
  const listId = useId();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">
          {t('campaigns.entry.reorders', {
            count: entry.reorderCount,
            quantity: format.number(entry.reorderQuantity),
          })}
        </Text>
        {entry.reorderCount > 0 ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls={listId}
          >
            {opened ? t('campaigns.entry.hideReorders') : t('campaigns.entry.showReorders')}
          </Anchor>
        ) : null}
      </Group>
      <Collapse expanded={opened} id={listId}>
        {detail.data?.reorders ? (
          <List size="sm" spacing={2}>
            {detail.data.reorders.map((r) => (
              <List.Item key={r.id}>
                {[
                  format.date(r.orderedOn),
                  `${format.number(r.quantity)} ${r.unit}`,
                  r.value !== null && r.currency ? format.money(r.value, r.currency) : null,
                  r.note,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </List.Item>
            ))}
          </List>
        ) : detail.isError ? (
          <Text size="sm" c="red">
            {t('common.loadFailed')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
      </Collapse>
    </Stack>
  );
}

/**
 * One product in a campaign, for the party it concerns: the producer sees its status, the gaps
 * recorded when it entered and what it may do now; the coordinator the same with its own steps.
 */
export function EntryCard({
  entry,
  party,
  heading,
  readOnly = false,
  withSampleRequest = false,
}: {
  entry: CampaignEntry;
  party: 'producer' | 'staff';
  /** The campaign has a retailer organization: the sample step requests a real sample. */
  withSampleRequest?: boolean;
  /** Above the product's name: the campaign's title on the producer's list of entries. */
  heading?: ReactNode;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const labels = useProductLabels();
  const format = useFormatters();
  const titleId = useId();
  const [step, setStep] = useState<EntryStep | null>(null);
  const [reordering, setReordering] = useState(false);
  const productName = bilingual({ vi: entry.product.nameVi, en: entry.product.nameEn });
  const steps = readOnly ? [] : nextStatuses(entry.status, party);
  const unit = labels.unit(entry.product.unit);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        {heading}
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Anchor
              component={Link}
              to={
                party === 'producer'
                  ? paths.app.product.getHref(entry.product.id)
                  : paths.catalogue.product.getHref(entry.product.id)
              }
              fw={600}
              id={titleId}
              style={{ overflowWrap: 'anywhere' }}
            >
              {productName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[
                entry.producer.name,
                labels.province(entry.producer.province),
                labels.group(entry.product.ocopGroup),
                t('campaigns.entry.moq', { moq: format.number(entry.product.moq), unit }),
              ].join(' · ')}
            </Text>
            <Text size="xs" c="dimmed">
              {entry.origin === 'invited'
                ? t('campaigns.entry.invited')
                : t('campaigns.entry.applied')}
            </Text>
          </Stack>
          <EntryStatusBadge status={entry.status} />
        </Group>
        {entry.gaps.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {entry.eligibleAtEntry
                ? t('campaigns.entry.eligibleWithNotes')
                : t('campaigns.entry.notEligible')}
            </Text>
            <ReadinessList
              items={entry.gaps}
              label={t('campaigns.entry.gapsLabel', { product: productName })}
            />
          </Stack>
        ) : (
          <Text size="sm" c="green.8">
            {t('campaigns.entry.noGaps')}
          </Text>
        )}
        {entry.note ? (
          <Text size="sm">{t('campaigns.entry.producerNote', { note: entry.note })}</Text>
        ) : null}
        {entry.decisionNote ? (
          <Text size="sm">{t('campaigns.entry.decisionNote', { note: entry.decisionNote })}</Text>
        ) : null}
        <EntrySteps entry={entry} />
        {entry.sampleRequest ? <EntrySample sample={entry.sampleRequest} party={party} /> : null}
        {entry.status === 'listed' ? <Reorders entry={entry} /> : null}
        {steps.length > 0 || (entry.status === 'listed' && !readOnly) ? (
          <Group gap="xs">
            {steps.map((to) => (
              <Button
                key={to}
                size="xs"
                variant={to === 'rejected' || to === 'withdrawn' ? 'subtle' : 'light'}
                color={to === 'rejected' || to === 'withdrawn' ? 'red' : undefined}
                onClick={() => setStep(to)}
                aria-label={t('campaigns.step.named', {
                  action: t(`campaigns.step.${to}.action`),
                  product: productName,
                })}
              >
                {t(`campaigns.step.${to}.action`)}
              </Button>
            ))}
            {entry.status === 'listed' && !readOnly ? (
              <Button size="xs" variant="light" onClick={() => setReordering(true)}>
                {t('campaigns.reorder.action')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      <EntryStepModal
        entry={entry}
        to={step}
        productName={productName}
        withSampleRequest={withSampleRequest}
        onClose={() => setStep(null)}
      />
      {entry.status === 'listed' ? (
        <ReorderModal
          entry={entry}
          unit={unit}
          opened={reordering}
          onClose={() => setReordering(false)}
        />
      ) : null}
    </Paper>
  );
}
