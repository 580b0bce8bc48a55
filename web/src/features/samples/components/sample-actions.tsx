import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import type { SampleAction, SampleRequest } from '@/types/sourcing';
import { useAcceptSample, useDeliverSample } from '../api/sample-steps';
import { EvaluationForm } from './evaluation-form';
import { DeclineSampleModal, ShipSampleModal } from './sample-step-modals';

/**
 * The steps of sample requests behind their dialogs: accept and confirm delivery are one click
 * (then confirmed), decline asks why, ship asks for the tracking, evaluate opens the form.
 * `render` lays the requests out and calls `start(sample, action)` from each card's buttons.
 */
export function SampleActions({
  render,
}: {
  render: (
    start: (sample: SampleRequest, action: SampleAction) => void,
    busyId: string | null,
  ) => ReactNode;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState<{ sample: SampleRequest; action: SampleAction } | null>(
    null,
  );
  const accept = useAcceptSample();
  const deliver = useDeliverSample();
  const simple = active?.action === 'accept' ? accept : deliver;
  const close = () => {
    accept.reset();
    deliver.reset();
    setActive(null);
  };
  const confirmSimple = () => {
    if (!active) {
      return;
    }
    const step = active.action === 'accept' ? accept : deliver;
    step.mutate(
      { id: active.sample.id, version: active.sample.version },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t(active.action === 'accept' ? 'samples.accept.done' : 'samples.deliver.done'),
          });
          close();
        },
      },
    );
  };
  const busyId = accept.isPending || deliver.isPending ? (active?.sample.id ?? null) : null;
  const is = (action: SampleAction) => (active?.action === action ? active.sample : null);

  return (
    <>
      {render((sample, action) => setActive({ sample, action }), busyId)}
      <ConfirmModal
        opened={active?.action === 'accept' || active?.action === 'deliver'}
        title={t(active?.action === 'deliver' ? 'samples.deliver.title' : 'samples.accept.title')}
        message={t(
          active?.action === 'deliver' ? 'samples.deliver.confirm' : 'samples.accept.confirm',
        )}
        confirmLabel={t(
          active?.action === 'deliver' ? 'samples.actions.deliver' : 'samples.actions.accept',
        )}
        color={active?.action === 'deliver' ? 'indigo' : 'teal'}
        loading={simple.isPending}
        error={simple.error}
        onConfirm={confirmSimple}
        onClose={close}
      />
      <DeclineSampleModal sample={is('decline')} onClose={close} />
      <ShipSampleModal sample={is('ship')} onClose={close} />
      <Modal
        opened={active?.action === 'evaluate'}
        onClose={close}
        title={t('samples.evaluation.title')}
        centered
        size="lg"
      >
        {active?.action === 'evaluate' ? (
          <EvaluationForm
            sample={active.sample}
            onCancel={close}
            onDone={() => {
              notifications.show({ color: 'green', message: t('samples.evaluation.done') });
              close();
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
