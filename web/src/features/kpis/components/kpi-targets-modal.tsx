import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { FormErrors } from '@/components/ui/form-errors';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api-client';
import { useKpiTargets, usePutKpiTargets, type KpiTargetList } from '../api/kpis';
import { useKpiLabels } from './use-kpi-labels';

function TargetsForm({
  year,
  list,
  onReload,
  onDone,
}: {
  year: number;
  list: KpiTargetList;
  onReload: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useKpiLabels();
  const put = usePutKpiTargets();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(list.items.map((item) => [item.metric, item.target?.toString() ?? ''])),
  );
  const [invalid, setInvalid] = useState<string[]>([]);
  const conflict = isApiError(put.error) && put.error.code === 'VERSION_CONFLICT';
  return (
    <form
      noValidate
      aria-label={t('kpis.targets.formLabel', { year })}
      onSubmit={(submitted) => {
        submitted.preventDefault();
        const bad = list.items
          .filter((item) => {
            const value = values[item.metric]?.trim() ?? '';
            return value !== '' && !/^\d{1,8}$/.test(value);
          })
          .map((item) => item.metric);
        setInvalid(bad);
        if (bad.length > 0) {
          return;
        }
        // Only what changed; a target that was never set goes without a version.
        const targets = list.items.flatMap((item) => {
          const value = values[item.metric]?.trim() ?? '';
          if (value === '' || Number(value) === item.target) {
            return [];
          }
          return [
            {
              metric: item.metric,
              target: Number(value),
              ...(item.version !== null ? { version: item.version } : {}),
            },
          ];
        });
        if (targets.length === 0) {
          onDone();
          return;
        }
        put.mutate(
          { year, body: { targets } },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('kpis.targets.saved', { year }) });
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('kpis.targets.hint')}
        </Text>
        {list.items.map((item, index) => (
          <TextInput
            key={item.metric}
            label={labels.localized(item.label)}
            description={labels.localized(item.unit)}
            inputMode="numeric"
            data-autofocus={index === 0 ? true : undefined}
            value={values[item.metric] ?? ''}
            error={invalid.includes(item.metric) ? t('validation.integer') : undefined}
            onChange={(change) => {
              const value = change.currentTarget.value;
              setValues((current) => ({ ...current, [item.metric]: value }));
            }}
          />
        ))}
        <FormErrors error={put.error} />
        <Group justify="flex-end" gap="xs">
          {conflict ? (
            <Button
              variant="default"
              onClick={() => {
                put.reset();
                onReload();
              }}
            >
              {t('kpis.targets.reload')}
            </Button>
          ) : null}
          <Button variant="default" onClick={onDone} disabled={put.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={put.isPending}>
            {t('kpis.targets.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Coordinators set the year's targets; actuals are computed, never typed. */
export function KpiTargetsModal({
  year,
  opened,
  onClose,
}: {
  year: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const targets = useKpiTargets(year, opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('kpis.targets.title', { year })}
      centered
      size="lg"
    >
      {targets.isPending ? (
        <LoadingState />
      ) : targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : (
        <TargetsForm
          key={targets.dataUpdatedAt}
          year={year}
          list={targets.data}
          onReload={() => void targets.refetch()}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}
