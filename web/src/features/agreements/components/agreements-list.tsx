import {
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { DownloadIcon, UploadIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useEventText } from '@/features/events/components/use-event-text';
import { megabytes, saveBlob } from '@/lib/download';
import { useErrorMessage } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import { foldText } from '@/lib/reference';
import {
  AGREEMENTS_PAGE_SIZE,
  documentRules,
  downloadAgreementDocument,
  useAgreements,
  useUploadAgreementDocument,
  type Agreement,
} from '../api/agreements';

/** The same kind of name the server gives the download: ASCII, hyphens, no path or quote. */
const documentName = (agreement: Agreement) =>
  `agreement-${
    foldText(agreement.title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || agreement.id.slice(-12)
  }.pdf`;

/** Download for whoever sees the agreement; attach or replace for coordinators. */
function DocumentActions({ agreement, manage }: { agreement: Agreement; manage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useErrorMessage();
  const upload = useUploadAgreementDocument();
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      saveBlob(await downloadAgreementDocument(agreement.id), documentName(agreement));
    } catch (error) {
      notifications.show({ color: 'red', message: message(error) });
    } finally {
      setDownloading(false);
    }
  };
  const attach = (file: File | null) => {
    if (!file) {
      return;
    }
    if (file.size > documentRules.maxBytes) {
      notifications.show({
        color: 'red',
        message: t('agreements.form.documentTooLarge', { max: megabytes(documentRules.maxBytes) }),
      });
      return;
    }
    upload.mutate(
      { id: agreement.id, file },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('agreements.list.documentAttached') }),
        onError: (error) => notifications.show({ color: 'red', message: message(error) }),
      },
    );
  };

  return (
    <Group gap="xs" wrap="wrap">
      {agreement.document ? (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<DownloadIcon size={14} />}
          loading={downloading}
          onClick={() => void download()}
          aria-label={t('agreements.list.downloadNamed', { title: agreement.title })}
        >
          {t('agreements.list.download', {
            size: format.number(megabytes(agreement.document.sizeBytes)),
          })}
        </Button>
      ) : (
        <Text size="xs" c="dimmed">
          {t('agreements.list.noDocument')}
        </Text>
      )}
      {manage ? (
        <FileButton accept={documentRules.types.join(',')} onChange={attach}>
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="subtle"
              leftSection={<UploadIcon size={14} />}
              loading={upload.isPending}
              aria-label={t(
                agreement.document ? 'agreements.list.replaceNamed' : 'agreements.list.attachNamed',
                { title: agreement.title },
              )}
            >
              {t(agreement.document ? 'agreements.list.replace' : 'agreements.list.attach')}
            </Button>
          )}
        </FileButton>
      ) : null}
    </Group>
  );
}

function AgreementRow({
  agreement,
  matchHref,
  manage,
}: {
  agreement: Agreement;
  matchHref: (id: string) => string;
  manage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const eventText = useEventText();
  const titleId = `agreement-${agreement.id}`;
  const english = (i18n.resolvedLanguage ?? 'vi') === 'en';
  const parties = agreement.province
    ? [
        t('agreements.list.province', {
          name: english ? agreement.province.en : agreement.province.vi,
        }),
        t('agreements.list.city'),
      ]
    : [agreement.producer?.name, agreement.distributor?.name].filter(Boolean);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}>
            {agreement.title}
          </Text>
          <Badge variant="light" color={agreement.kind === 'mou' ? 'blue' : 'green'}>
            {t(`agreements.kind.${agreement.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {parties.length > 0 ? parties.join(' ↔ ') : t('agreements.list.noParties')}
        </Text>
        <Text size="sm" c="dimmed">
          {[
            t('agreements.list.signedOn', { date: format.date(agreement.signedOn) }),
            agreement.value !== null && agreement.currency
              ? format.money(agreement.value, agreement.currency)
              : t('agreements.list.noValue'),
            t('agreements.list.products', { count: agreement.productIds.length }),
          ].join(' · ')}
        </Text>
        {agreement.event ? (
          <Text size="sm">
            {t('agreements.list.event', { title: eventText.title(agreement.event) })}
          </Text>
        ) : null}
        {agreement.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {agreement.note}
          </Text>
        ) : null}
        {agreement.matchId ? (
          <Anchor component={Link} to={matchHref(agreement.matchId)} size="sm">
            {t('agreements.list.openMatch')}
          </Anchor>
        ) : null}
        <DocumentActions agreement={agreement} manage={manage} />
      </Stack>
    </Paper>
  );
}

/** Agreements, newest signature first, by year of signing. `manage`: coordinators attach documents. */
export function AgreementsList({
  matchHref,
  manage = false,
}: {
  matchHref: (id: string) => string;
  manage?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const query = useAgreements({ year, page });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Select
          label={t('agreements.list.year')}
          data={[{ value: 'all', label: t('agreements.list.allYears') }, ...years]}
          value={year === null ? 'all' : String(year)}
          allowDeselect={false}
          onChange={(value) => {
            setYear(value === 'all' || value === null ? null : Number(value));
            setPage(1);
          }}
          w={{ base: '100%', xs: 200 }}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('agreements.list.total', {
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
        <EmptyState title={t('agreements.list.empty')} />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((agreement) => (
            <AgreementRow
              key={agreement.id}
              agreement={agreement}
              matchHref={matchHref}
              manage={manage}
            />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={AGREEMENTS_PAGE_SIZE}
          onChange={setPage}
        />
      ) : null}
    </Stack>
  );
}
