import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api-client';
import { useChangeMarketGuideStatus, useMarketGuide, type MarketGuide } from '../api/market-guides';
import { GuideStatusBadge, GuideView } from './guide-view';
import { useBilingual } from './market-fields';

/** Publish (draft → published) or take back to draft, each after a confirmation. */
function GuideStatusActions({ guide, editHref }: { guide: MarketGuide; editHref: string }) {
  const { t } = useTranslation();
  const change = useChangeMarketGuideStatus();
  const [confirming, setConfirming] = useState(false);
  const publishing = guide.status === 'draft';
  return (
    <Group gap="xs">
      <GuideStatusBadge status={guide.status} />
      <Button component={Link} to={editHref} variant="default" size="sm">
        {t('marketGuides.detail.edit')}
      </Button>
      <Button
        size="sm"
        color={publishing ? undefined : 'orange'}
        variant={publishing ? 'filled' : 'light'}
        onClick={() => {
          change.reset();
          setConfirming(true);
        }}
      >
        {publishing ? t('marketGuides.detail.publish') : t('marketGuides.detail.unpublish')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={
          publishing
            ? t('marketGuides.detail.publishTitle')
            : t('marketGuides.detail.unpublishTitle')
        }
        message={
          publishing
            ? t('marketGuides.detail.publishMessage')
            : t('marketGuides.detail.unpublishMessage')
        }
        confirmLabel={
          publishing ? t('marketGuides.detail.publish') : t('marketGuides.detail.unpublish')
        }
        color={publishing ? 'brand' : 'orange'}
        loading={change.isPending}
        error={change.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          change.mutate(
            {
              id: guide.id,
              action: publishing ? 'publish' : 'unpublish',
              version: guide.version,
            },
            {
              onSuccess: () => {
                setConfirming(false);
                notifications.show({
                  color: 'green',
                  message: publishing
                    ? t('marketGuides.detail.published')
                    : t('marketGuides.detail.unpublished'),
                });
              },
            },
          )
        }
      />
    </Group>
  );
}

/** One guide's page: readable by everyone once published; coordinators edit and publish it. */
export function GuideDetail({
  guideId,
  back,
  editHref,
}: {
  guideId: string;
  back: ReactNode;
  /** Coordinators: where the edit button leads (the page shows the status controls). */
  editHref?: string;
}) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const guide = useMarketGuide(guideId);

  if (guide.isPending || guide.isError) {
    const missing =
      guide.isError && isApiError(guide.error) && [400, 404].includes(guide.error.status);
    return (
      <ContentLayout title={t('marketGuides.detail.title')} actions={back}>
        {guide.isPending ? (
          <LoadingState />
        ) : missing ? (
          <EmptyState title={t('marketGuides.detail.notFound')} />
        ) : (
          <ErrorState error={guide.error} onRetry={() => void guide.refetch()} />
        )}
      </ContentLayout>
    );
  }
  const data = guide.data;
  return (
    <ContentLayout
      title={bilingual(data.title)}
      description={t('marketGuides.detail.subtitle')}
      actions={back}
    >
      <Stack gap="md">
        {editHref ? <GuideStatusActions guide={data} editHref={editHref} /> : null}
        {editHref && data.status === 'draft' ? (
          <Alert color="gray" variant="light">
            {t('marketGuides.detail.draftHint')}
          </Alert>
        ) : null}
        <GuideView guide={data} />
      </Stack>
    </ContentLayout>
  );
}

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}
