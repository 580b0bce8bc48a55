import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { useFormatters } from '@/lib/format';
import { useProvinceName } from '@/lib/reference';
import { verificationStatuses, type Organization, type VerificationStatus } from '@/types/api';
import { REVIEW_PAGE_SIZE, useReviewOrganizations } from '../api/get-review-organizations';
import { ReviewDecisionModal, type ReviewDecision } from './review-decision-modal';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

function OrganizationReviewCard({
  organization,
  onDecide,
}: {
  organization: Organization;
  onDecide: (decision: ReviewDecision) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const provinceName = useProvinceName();
  const dash = t('common.none');

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`org-${organization.id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} fz="h5" id={`org-${organization.id}`}>
              {organization.legalName}
            </Title>
            {organization.tradingName ? (
              <Text size="sm" c="dimmed">
                {organization.tradingName}
              </Text>
            ) : null}
          </div>
          <Group gap={6}>
            <Badge variant="outline">{t(`enums.organizationKind.${organization.kind}`)}</Badge>
            <VerificationBadge status={organization.verificationStatus} />
          </Group>
        </Group>

        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Fact label={t('fields.taxCode')} value={organization.taxCode ?? dash} />
          <Fact label={t('fields.province')} value={provinceName(organization.province)} />
          {organization.kind === 'producer' ? (
            <Fact
              label={t('fields.legalForm')}
              value={organization.legalForm ? t(`enums.legalForm.${organization.legalForm}`) : dash}
            />
          ) : (
            <Fact
              label={t('fields.channel')}
              value={organization.channel ? t(`enums.channel.${organization.channel}`) : dash}
            />
          )}
          <Fact label={t('review.registeredAt')} value={format.dateTime(organization.createdAt)} />
          {organization.kind === 'distributor' ? (
            <Fact label={t('fields.country')} value={format.country(organization.country)} />
          ) : null}
          {organization.address ? (
            <Fact label={t('fields.address')} value={organization.address} />
          ) : null}
          {organization.website ? (
            <Fact label={t('fields.website')} value={organization.website} />
          ) : null}
        </SimpleGrid>

        {organization.verificationStatus === 'rejected' && organization.verificationNote ? (
          <Text size="sm" c="red.8">
            {t('organization.rejectionReason', { reason: organization.verificationNote })}
          </Text>
        ) : null}

        {organization.verificationStatus === 'pending' ? (
          <Group justify="flex-end" gap="xs">
            <Button
              variant="light"
              color="red"
              onClick={() => onDecide('reject')}
              aria-label={t('review.rejectNamed', { name: organization.legalName })}
            >
              {t('review.rejectAction')}
            </Button>
            <Button
              color="green"
              onClick={() => onDecide('verify')}
              aria-label={t('review.verifyNamed', { name: organization.legalName })}
            >
              {t('review.verifyAction')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The coordinator's verification queue: pending first, with the decided ones one click away. */
export function ReviewOrganizationsList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<VerificationStatus>('pending');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<{
    organization: Organization;
    decision: ReviewDecision;
  } | null>(null);
  const query = useReviewOrganizations({ status, page });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('review.filterLabel')}
          fullWidth
          w={{ base: '100%', xs: 'auto' }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          data={verificationStatuses.map((value) => ({
            value,
            label: t(`enums.verificationStatus.${value}`),
          }))}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('review.total', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Text>
        ) : null}
      </Group>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={t(`review.empty.${status}`)}
          description={status === 'pending' ? t('review.emptyPendingHint') : undefined}
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((organization) => (
            <OrganizationReviewCard
              key={organization.id}
              organization={organization}
              onDecide={(decision) => setSelected({ organization, decision })}
            />
          ))}
        </Stack>
      )}

      {query.data ? (
        <Paged page={page} total={query.data.total} limit={REVIEW_PAGE_SIZE} onChange={setPage} />
      ) : null}

      <ReviewDecisionModal
        organization={selected?.organization ?? null}
        decision={selected?.decision ?? 'verify'}
        onClose={() => setSelected(null)}
      />
    </Stack>
  );
}
