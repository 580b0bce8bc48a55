import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { isApiError } from '@/lib/api-client';
import type { Organization } from '@/types/api';
import type { DistributorRequirements } from '@/types/sourcing';
import { useUpdateRequirements } from '../api/update-requirements';
import { noRequirements } from './demand-form-values';
import { RequirementsFields } from './requirements-fields';

const copy = (value: DistributorRequirements): DistributorRequirements => ({
  ...value,
  labelLanguages: [...value.labelLanguages],
});

/**
 * A distributor's standing terms, on its organization profile: every demand inherits them (and
 * may tighten them), and producers see them before anyone meets.
 */
export function RequirementsForm({
  organization,
  onReload,
}: {
  organization: Organization;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const saved = organization.requirements ?? noRequirements;
  const [values, setValues] = useState(() => copy(saved));
  const [base, setBase] = useState(organization.version);
  const update = useUpdateRequirements();
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';

  // A newer version from the server (a save, "load latest"): start over from it.
  if (organization.version !== base) {
    setBase(organization.version);
    setValues(copy(saved));
  }

  const changed = JSON.stringify(values) !== JSON.stringify(saved);
  return (
    <form
      noValidate
      aria-label={t('demands.requirements.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { organizationId: organization.id, version: organization.version, requirements: values },
          {
            onSuccess: () =>
              notifications.show({ color: 'green', message: t('demands.requirements.saved') }),
          },
        );
      }}
    >
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <RequirementsFields value={values} onChange={setValues} />
        </Paper>
        {conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('errors.VERSION_CONFLICT')}>
            <Stack gap="xs">
              <Text size="sm">{t('demands.requirements.conflictHelp')}</Text>
              <Group>
                <Button
                  size="xs"
                  variant="white"
                  color="orange"
                  onClick={() => {
                    update.reset();
                    void onReload();
                  }}
                >
                  {t('demands.form.loadLatest')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <FormErrors error={update.error} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            disabled={!changed || update.isPending}
            onClick={() => setValues(copy(saved))}
          >
            {t('demands.requirements.reset')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!changed || conflict}>
            {t('demands.requirements.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
