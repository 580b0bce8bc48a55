import { Alert, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { useForm } from '@/lib/form';
import type { ErrorCode } from '@/types/api';
import { newIdempotencyKey, type Demand, type DistributorRequirements } from '@/types/sourcing';
import { useCreateDemand, useUpdateDemand } from '../api/save-demand';
import { DemandQuantityFields, DemandWhatFields } from './demand-form-fields';
import {
  demandFieldPaths,
  demandValuesSchema,
  emptyDemandValues,
  prepareDemandValues,
  toDemandBody,
  toDemandPatch,
  toDemandValues,
  type DemandValues,
} from './demand-form-values';
import { DemandMarketFields, DemandQualityFields } from './demand-market-fields';
import { RequirementsFields } from './requirements-fields';

const codeFields: Partial<Record<ErrorCode, string>> = { UNKNOWN_PROVINCE: '/preferredProvinces' };

type DemandFormProps = { standing: DistributorRequirements } & (
  | { mode: 'create'; onCreated: (demand: Demand) => void }
  | { mode: 'edit'; demand: Demand; onReload: () => Promise<unknown> }
);

/**
 * Every field of a demand. Creating makes a draft (opened from its page); editing sends only
 * what changed with the version it started from, so a save made elsewhere in between is a 409
 * the form explains instead of a silent overwrite.
 */
export function DemandForm(props: DemandFormProps) {
  const { t } = useTranslation();
  const demand = props.mode === 'edit' ? props.demand : null;
  const form = useForm<DemandValues>({
    initialValues: demand ? toDemandValues(demand) : emptyDemandValues(props.standing),
    schema: demandValuesSchema,
    prepare: prepareDemandValues,
  });
  const create = useCreateDemand();
  const update = useUpdateDemand();
  const mutation = demand ? update : create;
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  // A new version from the server ("load latest"): start from it.
  const [base, setBase] = useState(demand);
  if (demand && base && demand.version !== base.version) {
    setBase(demand);
    form.reset(toDemandValues(demand));
  }

  const formElement = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  const onError = (error: unknown) => {
    const { codeField } = form.setServerError(error, demandFieldPaths, codeFields);
    if (codeField) {
      form.setFieldMessage(codeField, { text: errorMessage(t, error) });
    }
    focusFirstError();
  };

  const submit = () => {
    mutation.reset();
    const values = form.validate();
    if (!values) {
      focusFirstError();
      return;
    }
    if (props.mode === 'create') {
      create.mutate(
        { data: toDemandBody(values, props.standing), idempotencyKey },
        {
          onSuccess: (created) => {
            setIdempotencyKey(newIdempotencyKey());
            props.onCreated(created);
          },
          onError,
        },
      );
      return;
    }
    const patch = toDemandPatch(props.demand, values, props.standing);
    if (!patch) {
      notifications.show({ color: 'gray', message: t('demands.form.noChanges') });
      return;
    }
    update.mutate(
      { id: props.demand.id, data: patch },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('demands.form.saved') }),
        onError,
      },
    );
  };

  return (
    <form
      ref={formElement}
      noValidate
      aria-label={demand ? t('demands.form.editLabel') : t('demands.form.createLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        {demand?.status === 'open' ? (
          <Alert color="blue" variant="light">
            {t('demands.form.openHint')}
          </Alert>
        ) : null}
        {conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('errors.VERSION_CONFLICT')}>
            <Stack gap="xs">
              <Text size="sm">{t('demands.form.conflictHelp')}</Text>
              <Group>
                <Button
                  size="xs"
                  variant="white"
                  color="orange"
                  onClick={() => {
                    update.reset();
                    if (props.mode === 'edit') {
                      void props.onReload();
                    }
                  }}
                >
                  {t('demands.form.loadLatest')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <DemandWhatFields form={form} />
        <DemandQuantityFields form={form} />
        <DemandQualityFields form={form} />
        <DemandMarketFields form={form} />
        <Fieldset legend={t('demands.form.termsSection')} variant="unstyled">
          <Text size="sm" c="dimmed" mb="sm">
            {t('demands.form.termsHint')}
          </Text>
          <RequirementsFields
            value={form.values.requirements}
            floor={props.standing}
            errorOf={form.errorOf}
            onChange={(next) => form.setValue('/requirements', next)}
          />
        </Fieldset>
        {conflict ? null : (
          <FormErrors
            error={mutation.error}
            details={form.formErrors}
            shownOnField={form.hasErrors && form.formErrors.length === 0}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={conflict}>
            {demand ? t('demands.form.save') : t('demands.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
