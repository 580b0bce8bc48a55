import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { useProductLabels } from '@/lib/product-labels';
import { unitCodes } from '@/types/api';
import {
  newIdempotencyKey,
  type CreateSampleRequestBody,
  type SampleRequest,
} from '@/types/sourcing';
import { useCreateSampleRequest } from '../api/create-sample-request';

const QUANTITY = /^(?![0.,]+$)\d+([.,]\d+)?$/;

type Values = { quantity: string; unit: string; deliveryAddress: string; note: string };
type Errors = Partial<Record<keyof Values, string>>;

/**
 * A verified distributor asks for a sample: how much, where to, and a note. From a product page
 * or from an introduced match (then the request is linked to it).
 */
export function RequestSampleModal({
  opened,
  productId,
  productName,
  defaultUnit,
  matchId,
  onClose,
  onCreated,
}: {
  opened: boolean;
  productId: string;
  productName: string;
  defaultUnit: string;
  matchId?: string;
  onClose: () => void;
  onCreated?: (sample: SampleRequest) => void;
}) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const create = useCreateSampleRequest();
  const initial: Values = { quantity: '1', unit: defaultUnit, deliveryAddress: '', note: '' };
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Errors>({});
  // One key per request being written: a retry after a lost answer creates nothing twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const set = (key: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  const close = () => {
    setValues(initial);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = () => {
    const address = values.deliveryAddress.trim();
    const found: Errors = {};
    if (!QUANTITY.test(values.quantity.trim())) {
      found.quantity = t('validation.positiveNumber');
    }
    if (address.length < 5) {
      found.deliveryAddress = address
        ? t('validation.minLength', { count: 5 })
        : t('validation.required');
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const note = values.note.trim();
    const data: CreateSampleRequestBody = {
      productId,
      quantity: Number(values.quantity.trim().replace(',', '.')),
      unit: values.unit as CreateSampleRequestBody['unit'],
      deliveryAddress: address,
      ...(matchId ? { matchId } : {}),
      ...(note ? { note } : {}),
    };
    create.mutate(
      { data, idempotencyKey },
      {
        onSuccess: (sample) => {
          setIdempotencyKey(newIdempotencyKey());
          notifications.show({
            color: 'green',
            message: t('samples.request.sent', { name: productName }),
          });
          close();
          onCreated?.(sample);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('samples.request.title')} centered size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('samples.request.intro', { name: productName })}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('samples.request.quantity')}
              inputMode="decimal"
              required
              value={values.quantity}
              error={errors.quantity}
              data-autofocus
              onChange={(event) => set('quantity', event.currentTarget.value)}
            />
            <Select
              label={t('samples.request.unit')}
              allowDeselect={false}
              data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
              value={values.unit}
              onChange={(value) => set('unit', value ?? defaultUnit)}
            />
          </SimpleGrid>
          <Textarea
            label={t('samples.request.address')}
            description={t('samples.request.addressHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            autoComplete="street-address"
            value={values.deliveryAddress}
            error={errors.deliveryAddress}
            onChange={(event) => set('deliveryAddress', event.currentTarget.value)}
          />
          <Textarea
            label={t('samples.request.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={values.note}
            onChange={(event) => set('note', event.currentTarget.value)}
          />
          <FormErrors error={create.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('samples.request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
