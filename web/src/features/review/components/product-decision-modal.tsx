import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import type { Product } from '@/types/api';
import { useApproveProduct, useRejectProduct } from '../api/decide-product';

export type ProductDecision = 'approve' | 'reject';

/** The server's rule for a rejection reason: 3 to 2000 characters. */
const REASON_MIN = 3;
const TEXT_MAX = 2000;

/**
 * Confirm a product decision. Approving publishes it (the catalogue has it within a second);
 * rejecting needs a reason the producer reads and fixes the listing from.
 */
export function ProductDecisionModal({
  product,
  decision,
  onClose,
}: {
  product: Product | null;
  decision: ProductDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const approve = useApproveProduct();
  const reject = useRejectProduct();
  const mutation = decision === 'approve' ? approve : reject;

  const close = () => {
    setText('');
    setTextError(null);
    approve.reset();
    reject.reset();
    onClose();
  };
  const done = (saved: Product) => {
    notifications.show({
      color: decision === 'approve' ? 'green' : 'orange',
      message:
        decision === 'approve'
          ? t('productReview.approved', { name: saved.nameVi })
          : t('productReview.rejected', { name: saved.nameVi }),
    });
    close();
  };

  const submit = () => {
    if (!product) {
      return;
    }
    const value = text.trim();
    const target = { id: product.id, version: product.version };
    if (decision === 'reject') {
      if (value.length < REASON_MIN) {
        setTextError(
          value.length === 0
            ? t('validation.required')
            : t('validation.minLength', { count: REASON_MIN }),
        );
        return;
      }
      reject.mutate({ ...target, reason: value }, { onSuccess: done });
    } else {
      approve.mutate(value ? { ...target, note: value } : target, { onSuccess: done });
    }
  };

  const name = product?.nameVi ?? '';
  return (
    <Modal
      opened={product !== null}
      onClose={close}
      title={
        decision === 'approve' ? t('productReview.approveTitle') : t('productReview.rejectTitle')
      }
      centered
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {decision === 'approve'
              ? t('productReview.approveConfirm', { name })
              : t('productReview.rejectConfirm', { name })}
          </Text>
          <Textarea
            label={decision === 'approve' ? t('review.noteLabel') : t('review.reasonLabel')}
            description={decision === 'reject' ? t('productReview.reasonHint') : undefined}
            required={decision === 'reject'}
            autosize
            minRows={3}
            maxLength={TEXT_MAX}
            value={text}
            error={textError}
            data-autofocus
            onChange={(event) => {
              setText(event.currentTarget.value);
              setTextError(null);
            }}
          />
          <FormErrors error={mutation.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={mutation.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={decision === 'approve' ? 'green' : 'red'}
              loading={mutation.isPending}
            >
              {decision === 'approve' ? t('productReview.approveAction') : t('review.rejectAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
