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
import type { UpdateCampaignEntryBody } from '@ketnoi/shared';
import { FormErrors } from '@/components/ui/form-errors';
import { problemFieldErrors } from '@/lib/errors';
import { useProductLabels } from '@/lib/product-labels';
import { unitCodes } from '@/types/api';
import { useUpdateCampaignEntry, type CampaignEntry, type EntryStep } from '../api/campaigns';

const QUANTITY = /^(?![0.,]+$)\d+([.,]\d+)?$/;
const SAMPLE_FIELDS = ['/quantity', '/unit', '/deliveryAddress'];

type Sample = { quantity: string; unit: string; deliveryAddress: string };

/** Steps that end an entry: asked for with a red button, after saying it cannot be undone. */
export const endingSteps: readonly EntryStep[] = ['rejected', 'withdrawn'];

/**
 * Confirms one step of an entry, with an optional note: a coordinator's reason is shown to the
 * producer, a producer's goes to the coordinator running the campaign. When the campaign's
 * retailer is an organization on the platform, the sample step also asks how much and where:
 * it becomes a real sample request the producer answers on its samples page.
 */
export function EntryStepModal({
  entry,
  to,
  productName,
  withSampleRequest = false,
  onClose,
}: {
  entry: CampaignEntry;
  to: EntryStep | null;
  productName: string;
  /** The campaign has a retailer organization: the sample step requests a real sample. */
  withSampleRequest?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const update = useUpdateCampaignEntry();
  const [note, setNote] = useState('');
  const initialSample = (): Sample => ({
    quantity: '1',
    unit: entry.product.unit,
    deliveryAddress: '',
  });
  const [sample, setSample] = useState<Sample>(initialSample);
  const [invalid, setInvalid] = useState<Partial<Record<keyof Sample, string>>>({});
  const asksSample = withSampleRequest && to === 'sample_requested';
  const server = problemFieldErrors(update.error, SAMPLE_FIELDS);
  const errorOf = (key: keyof Sample) => invalid[key] ?? server.fields[`/${key}`];
  const setSampleField = (key: keyof Sample, value: string) => {
    setSample((current) => ({ ...current, [key]: value }));
    setInvalid((current) => ({ ...current, [key]: undefined }));
  };
  const ending = to !== null && endingSteps.includes(to);
  const close = () => {
    update.reset();
    setNote('');
    setSample(initialSample());
    setInvalid({});
    onClose();
  };

  /** The sample's fields as the body takes them, or null after marking what is wrong. */
  const sampleBody = () => {
    const address = sample.deliveryAddress.trim();
    const found: Partial<Record<keyof Sample, string>> = {};
    if (!QUANTITY.test(sample.quantity.trim())) {
      found.quantity = t('validation.positiveNumber');
    }
    if (address !== '' && address.length < 5) {
      found.deliveryAddress = t('validation.minLength', { count: 5 });
    }
    if (Object.keys(found).length > 0) {
      setInvalid(found);
      return null;
    }
    return {
      quantity: Number(sample.quantity.trim().replace(',', '.')),
      unit: sample.unit as NonNullable<UpdateCampaignEntryBody['unit']>,
      ...(address ? { deliveryAddress: address } : {}),
    };
  };
  return (
    <Modal
      opened={to !== null}
      onClose={close}
      title={to ? t(`campaigns.step.${to}.title`) : ''}
      centered
    >
      {to ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const requested = asksSample ? sampleBody() : undefined;
            if (requested === null) {
              return;
            }
            update.mutate(
              {
                campaignId: entry.campaignId,
                entryId: entry.id,
                version: entry.version,
                status: to,
                note: note.trim() || null,
                ...(requested ? { sample: requested } : {}),
              },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'green',
                    message: t('campaigns.step.done', {
                      status: t(`campaigns.entryStatus.${to}`),
                    }),
                  });
                  close();
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              {asksSample
                ? t('campaigns.step.sampleRequest.message', { product: productName })
                : t(`campaigns.step.${to}.message`, { product: productName })}
            </Text>
            {asksSample ? (
              <>
                <SimpleGrid cols={{ base: 1, xs: 2 }}>
                  <TextInput
                    label={t('samples.request.quantity')}
                    inputMode="decimal"
                    required
                    value={sample.quantity}
                    error={errorOf('quantity')}
                    data-autofocus
                    onChange={(event) => setSampleField('quantity', event.currentTarget.value)}
                  />
                  <Select
                    label={t('samples.request.unit')}
                    required
                    allowDeselect={false}
                    data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
                    value={sample.unit}
                    error={errorOf('unit')}
                    onChange={(value) => setSampleField('unit', value ?? entry.product.unit)}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('samples.request.address')}
                  description={t('campaigns.step.sampleRequest.addressHint')}
                  autosize
                  minRows={2}
                  maxLength={500}
                  value={sample.deliveryAddress}
                  error={errorOf('deliveryAddress')}
                  onChange={(event) => setSampleField('deliveryAddress', event.currentTarget.value)}
                />
              </>
            ) : null}
            <Textarea
              label={t('campaigns.step.note')}
              description={t('campaigns.step.noteHint')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <FormErrors
              error={update.error}
              details={server.unmatched}
              shownOnField={Object.keys(server.fields).length > 0}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close} disabled={update.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={ending ? 'red' : undefined} loading={update.isPending}>
                {t(`campaigns.step.${to}.action`)}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
