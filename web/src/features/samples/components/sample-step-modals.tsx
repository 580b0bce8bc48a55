import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import type { SampleRequest } from '@/types/sourcing';
import { useDeclineSample, useShipSample } from '../api/sample-steps';

type ModalProps = { sample: SampleRequest | null; onClose: () => void };

/** Declining is final: the producer says why, and the distributor reads it. */
export function DeclineSampleModal({ sample, onClose }: ModalProps) {
  const { t } = useTranslation();
  const decline = useDeclineSample();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    decline.reset();
    onClose();
  };
  return (
    <Modal opened={sample !== null} onClose={close} title={t('samples.decline.title')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = reason.trim();
          if (!sample) {
            return;
          }
          if (value.length < 3) {
            setError(value ? t('validation.minLength', { count: 3 }) : t('validation.required'));
            return;
          }
          decline.mutate(
            { id: sample.id, version: sample.version, reason: value },
            {
              onSuccess: () => {
                notifications.show({ color: 'orange', message: t('samples.decline.done') });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('samples.decline.confirm')}</Text>
          <Textarea
            label={t('samples.decline.reason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            error={error}
            data-autofocus
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
          />
          <FormErrors error={decline.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={decline.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={decline.isPending}>
              {t('samples.decline.action')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Marks an accepted sample shipped, with the carrier and the tracking number. */
export function ShipSampleModal({ sample, onClose }: ModalProps) {
  const { t } = useTranslation();
  const ship = useShipSample();
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [errors, setErrors] = useState<{ carrier?: string; tracking?: string }>({});
  const close = () => {
    setCarrier('');
    setTracking('');
    setErrors({});
    ship.reset();
    onClose();
  };
  return (
    <Modal opened={sample !== null} onClose={close} title={t('samples.ship.title')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!sample) {
            return;
          }
          const found = {
            carrier: carrier.trim() ? undefined : t('validation.required'),
            tracking: tracking.trim() ? undefined : t('validation.required'),
          };
          if (found.carrier || found.tracking) {
            setErrors(found);
            return;
          }
          ship.mutate(
            {
              id: sample.id,
              version: sample.version,
              carrier: carrier.trim(),
              trackingNumber: tracking.trim(),
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('samples.ship.done') });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('samples.ship.carrier')}
            description={t('samples.ship.carrierHint')}
            required
            maxLength={120}
            value={carrier}
            error={errors.carrier}
            data-autofocus
            onChange={(event) => {
              setCarrier(event.currentTarget.value);
              setErrors((current) => ({ ...current, carrier: undefined }));
            }}
          />
          <TextInput
            label={t('samples.ship.tracking')}
            required
            maxLength={120}
            value={tracking}
            error={errors.tracking}
            onChange={(event) => {
              setTracking(event.currentTarget.value);
              setErrors((current) => ({ ...current, tracking: undefined }));
            }}
          />
          <FormErrors error={ship.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={ship.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={ship.isPending}>
              {t('samples.ship.action')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
