import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormErrors } from '@/components/ui/form-errors';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { paths } from '@/config/paths';
import { ReadinessList, useBilingual } from '@/features/market-guides/components/market-fields';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import {
  ENTRIES_PAGE_SIZE,
  useEligibleProducts,
  useInviteToCampaign,
  type Campaign,
  type EligibleProduct,
} from '../api/campaigns';
import { EntryStatusBadge } from './campaign-badges';

function EligibleRow({
  item,
  selected,
  selectable,
  onToggle,
}: {
  item: EligibleProduct;
  selected: boolean;
  selectable: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const labels = useProductLabels();
  const titleId = useId();
  const name = bilingual({ vi: item.product.nameVi, en: item.product.nameEn });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        {selectable ? (
          <Checkbox
            mt={2}
            checked={selected}
            onChange={onToggle}
            aria-label={t('campaigns.screen.select', { product: name })}
          />
        ) : null}
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Anchor
              component={Link}
              to={paths.catalogue.product.getHref(item.product.id)}
              fw={600}
              id={titleId}
              style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}
            >
              {name}
            </Anchor>
            {item.entry ? (
              <EntryStatusBadge status={item.entry.status} />
            ) : (
              <Badge color={item.eligible ? 'green' : 'red'} variant="light">
                {item.eligible ? t('campaigns.screen.eligible') : t('campaigns.screen.notEligible')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {[
              item.producer.name,
              labels.province(item.producer.province),
              labels.group(item.product.ocopGroup),
              item.product.ocopStars
                ? t('campaigns.screen.stars', { count: item.product.ocopStars })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm">
            {t('campaigns.screen.certifications', {
              list:
                item.certifications.length > 0
                  ? item.certifications.map(labels.certification).join(', ')
                  : t('campaigns.summary.none'),
            })}
          </Text>
          {item.gaps.length > 0 ? (
            <ReadinessList
              items={item.gaps}
              label={t('campaigns.entry.gapsLabel', { product: name })}
            />
          ) : (
            <Text size="sm" c="green.8">
              {t('campaigns.entry.noGaps')}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/**
 * The catalogue pre-screened against the campaign's criteria, each product with its gaps;
 * coordinators pick products to invite while the campaign takes applications.
 */
export function EligibleProducts({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [filter, setFilter] = useState<'eligible' | 'all'>('eligible');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [inviting, setInviting] = useState(false);
  const [note, setNote] = useState('');
  const query = useEligibleProducts(campaign.id, { filter, page });
  const invite = useInviteToCampaign();
  const canInvite = campaign.acceptingApplications;

  const toggle = (id: string) =>
    setSelected((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : [...current, id],
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('campaigns.screen.filterLabel')}
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setPage(1);
          }}
          data={[
            { value: 'eligible', label: t('campaigns.screen.onlyEligible') },
            { value: 'all', label: t('campaigns.screen.all') },
          ]}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('campaigns.screen.total', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Text>
        ) : null}
      </Group>
      {canInvite ? (
        <Group gap="xs">
          <Button
            size="sm"
            disabled={selected.length === 0}
            onClick={() => {
              invite.reset();
              setInviting(true);
            }}
          >
            {t('campaigns.screen.invite', { count: selected.length })}
          </Button>
          {selected.length > 0 ? (
            <Button size="sm" variant="subtle" onClick={() => setSelected([])}>
              {t('campaigns.screen.clearSelection')}
            </Button>
          ) : null}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('campaigns.screen.inviteClosed')}
        </Text>
      )}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('campaigns.screen.empty')} />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((item) => (
            <EligibleRow
              key={item.product.id}
              item={item}
              selectable={canInvite && item.entry === null}
              selected={selected.includes(item.product.id)}
              onToggle={() => toggle(item.product.id)}
            />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged page={page} total={query.data.total} limit={ENTRIES_PAGE_SIZE} onChange={setPage} />
      ) : null}
      <Modal
        opened={inviting}
        onClose={() => setInviting(false)}
        title={t('campaigns.screen.inviteTitle')}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            invite.mutate(
              { id: campaign.id, data: { productIds: selected, note: note.trim() || null } },
              {
                onSuccess: (result) => {
                  notifications.show({
                    color: 'green',
                    message: t('campaigns.screen.invited', {
                      invited: result.invited.length,
                      skipped: result.skipped.length,
                    }),
                  });
                  setSelected([]);
                  setNote('');
                  setInviting(false);
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('campaigns.screen.inviteMessage', { count: selected.length })}</Text>
            <Textarea
              label={t('campaigns.screen.inviteNote')}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <FormErrors error={invite.error} />
            <Group justify="flex-end" gap="xs">
              <Button
                variant="default"
                onClick={() => setInviting(false)}
                disabled={invite.isPending}
              >
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t('campaigns.screen.inviteAction')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
