import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { Fact } from '@/components/ui/fact';
import { FormErrors } from '@/components/ui/form-errors';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Demand } from '@/types/sourcing';
import { useChangeDemandStatus } from '../api/save-demand';
import { DemandStatusBadge } from './demand-status-badge';
import { RequirementsSummary } from './requirements-summary';

/**
 * A demand at a glance with what its owner may do now (the server lists it): edit, open (the
 * matching engine starts looking) or close (after a confirmation: proposals stop).
 */
export function DemandSummary({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const change = useChangeDemandStatus();
  const [confirmClose, setConfirmClose] = useState(false);
  const unit = labels.unit(demand.unit);
  const none = t('common.none');
  const price = format.priceRange(demand.priceMin, demand.priceMax, demand.currency);

  const run = (action: 'open' | 'close') =>
    change.mutate(
      { id: demand.id, action, version: demand.version },
      {
        onSuccess: () => {
          setConfirmClose(false);
          notifications.show({
            color: 'green',
            message: action === 'open' ? t('demands.detail.opened') : t('demands.detail.closed'),
          });
        },
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="xs">
          <DemandStatusBadge status={demand.status} />
          {!demand.distributor.verified ? (
            <Badge color="yellow" variant="light">
              {t('demands.detail.notVerified')}
            </Badge>
          ) : null}
          {demand.openedAt ? (
            <Text size="xs" c="dimmed">
              {t('demands.detail.openedAt', { date: format.dateTime(demand.openedAt) })}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          {demand.allowedActions.includes('edit') ? (
            <Button component={Link} to={paths.app.editDemand.getHref(demand.id)} variant="default">
              {t('demands.detail.edit')}
            </Button>
          ) : null}
          {demand.allowedActions.includes('close') ? (
            <Button variant="light" color="red" onClick={() => setConfirmClose(true)}>
              {t('demands.detail.close')}
            </Button>
          ) : null}
          {demand.allowedActions.includes('open') ? (
            <Button color="green" loading={change.isPending} onClick={() => run('open')}>
              {demand.status === 'closed' ? t('demands.detail.reopen') : t('demands.detail.open')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {demand.status === 'draft' && demand.allowedActions.includes('open') ? (
        <Alert color="blue" variant="light">
          {t('demands.detail.draftHint')}
        </Alert>
      ) : null}
      {confirmClose ? null : <FormErrors error={change.error} />}

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          {demand.description ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {demand.description}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            <Fact
              label={t('demands.fields.category')}
              value={
                demand.category
                  ? labels.category(demand.category)
                  : demand.ocopGroup
                    ? labels.group(demand.ocopGroup)
                    : none
              }
            />
            <Fact
              label={t('demands.fields.quantityPerOrder')}
              value={`${format.number(demand.quantityPerOrder)} ${unit}`}
            />
            <Fact
              label={t('demands.fields.quantityPerMonth')}
              value={
                demand.quantityPerMonth !== null
                  ? `${format.number(demand.quantityPerMonth)} ${unit}`
                  : none
              }
            />
            <Fact
              label={t('demands.detail.targetPrice')}
              value={price ? t('demands.detail.pricePerUnit', { price, unit }) : none}
            />
            <Fact
              label={t('demands.fields.destinationCountry')}
              value={
                demand.destinationCountry === 'VN'
                  ? t('demands.list.domestic')
                  : `${format.country(demand.destinationCountry)}${demand.incoterm ? ` · ${demand.incoterm} ${demand.incotermPlace ?? ''}` : ''}`
              }
            />
            <Fact
              label={t('demands.fields.neededBy')}
              value={demand.neededBy ? format.date(demand.neededBy) : none}
            />
            <Fact
              label={t('demands.fields.requiredCertifications')}
              value={demand.requiredCertifications.map(labels.certification).join(', ') || none}
            />
            <Fact
              label={t('demands.fields.minOcopStars')}
              value={
                demand.minOcopStars
                  ? t('demands.form.starsAtLeast', { count: demand.minOcopStars })
                  : none
              }
            />
            <Fact
              label={t('demands.detail.preferredArea')}
              value={
                [
                  ...demand.preferredProvinces.map(labels.province),
                  ...demand.preferredRegions.map(labels.region),
                ].join(', ') || none
              }
            />
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={2} fz="h5" mb="xs">
          {t('demands.detail.termsTitle')}
        </Title>
        <RequirementsSummary requirements={demand.effectiveRequirements} />
      </Paper>

      <ConfirmModal
        opened={confirmClose}
        title={t('demands.detail.closeTitle')}
        message={t('demands.detail.closeConfirm', { title: demand.title })}
        confirmLabel={t('demands.detail.close')}
        loading={change.isPending}
        error={change.error}
        onConfirm={() => run('close')}
        onClose={() => {
          change.reset();
          setConfirmClose(false);
        }}
      />
    </Stack>
  );
}
