import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import type { Organization } from '@/types/api';
import { useRejectOrganization } from '../api/reject-organization';
import { useVerifyOrganization } from '../api/verify-organization';

export type ReviewDecision = 'verify' | 'reject';

type ReviewDecisionModalProps = {
  organization: Organization | null;
  decision: ReviewDecision;
  onClose: () => void;
};

/** The server's rule for a rejection reason: 3 to 2000 characters. */
const REASON_MIN = 3;
const TEXT_MAX = 2000;

/**
 * Confirm a verification decision. Rejecting needs a reason: the producer or distributor reads
 * it on their dashboard and fixes their profile from it.
 */
export function ReviewDecisionModal({ organization, decision, onClose }: ReviewDecisionModalProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);

  const close = () => {
    setText('');
    setTextError(null);
    verify.reset();
    reject.reset();
    onClose();
  };
  const done = (message: string) => {
    notifications.show({ color: decision === 'verify' ? 'green' : 'orange', message });
    close();
  };
  const verify = useVerifyOrganization({
    mutationConfig: { onSuccess: (org) => done(t('review.verified', { name: org.legalName })) },
  });
  const reject = useRejectOrganization({
    mutationConfig: { onSuccess: (org) => done(t('review.rejected', { name: org.legalName })) },
  });
  const mutation = decision === 'verify' ? verify : reject;

  const submit = () => {
    if (!organization) {
      return;
    }
    const value = text.trim();
    if (decision === 'reject') {
      if (value.length < REASON_MIN) {
        setTextError(
          value.length === 0
            ? t('validation.required')
            : t('validation.minLength', { count: REASON_MIN }),
        );
        return;
      }
      reject.mutate({ id: organization.id, reason: value });
    } else {
      verify.mutate(value ? { id: organization.id, note: value } : { id: organization.id });
    }
  };

  const name = organization?.legalName ?? '';
  return (
    <Modal
      opened={organization !== null}
      onClose={close}
      title={decision === 'verify' ? t('review.verifyTitle') : t('review.rejectTitle')}
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
            {decision === 'verify'
              ? t('review.verifyConfirm', { name })
              : t('review.rejectConfirm', { name })}
          </Text>
          <Textarea
            label={decision === 'verify' ? t('review.noteLabel') : t('review.reasonLabel')}
            description={decision === 'reject' ? t('review.reasonHint') : undefined}
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
              color={decision === 'verify' ? 'green' : 'red'}
              loading={mutation.isPending}
            >
              {decision === 'verify' ? t('review.verifyAction') : t('review.rejectAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
