import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { toMinorUnits } from '@/lib/format';
import { currencyCodes } from '@/types/api';
import type { Match, MatchAgreementInput } from '@/types/sourcing';
import { useMoveMatch } from '../api/move-match';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+([.,]\d+)?$/;
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** Ends the pipeline as lost: the reason (3+ characters) is required and kept with the match. */
export function LostModal({
  match,
  opened,
  onClose,
}: {
  match: Match;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const move = useMoveMatch();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    move.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('matches.pipeline.lostTitle')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = reason.trim();
          if (value.length < 3) {
            setError(value ? t('validation.minLength', { count: 3 }) : t('validation.required'));
            return;
          }
          move.mutate(
            { id: match.id, data: { status: 'lost', version: match.version, lostReason: value } },
            { onSuccess: close },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('matches.pipeline.lostConfirm')}</Text>
          <Textarea
            label={t('matches.pipeline.lostReason')}
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
          <FormErrors error={move.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={move.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={move.isPending}>
              {t('matches.pipeline.lostAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type AgreementValues = {
  record: boolean;
  title: string;
  signedOn: string;
  value: string;
  currency: string;
};

/** Ends the pipeline as won, optionally recording the agreement (signed date, value, currency). */
export function WonModal({
  match,
  opened,
  onClose,
}: {
  match: Match;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const move = useMoveMatch();
  const initial: AgreementValues = {
    record: true,
    title: '',
    signedOn: todayInVietnam(),
    value: '',
    currency: 'VND',
  };
  const [values, setValues] = useState<AgreementValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof AgreementValues, string>>>({});
  const set = (key: keyof AgreementValues, value: string | boolean) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  const close = () => {
    setValues(initial);
    setErrors({});
    move.reset();
    onClose();
  };
  const submit = () => {
    let agreement: MatchAgreementInput | undefined;
    if (values.record) {
      const found: typeof errors = {};
      if (!DATE.test(values.signedOn)) {
        found.signedOn = t('validation.date');
      }
      if (!AMOUNT.test(values.value.trim())) {
        found.value = values.value.trim() ? t('validation.number') : t('validation.required');
      }
      const title = values.title.trim();
      if (title && title.length < 3) {
        found.title = t('validation.minLength', { count: 3 });
      }
      if (Object.keys(found).length > 0) {
        setErrors(found);
        return;
      }
      agreement = {
        signedOn: values.signedOn,
        value: toMinorUnits(Number(values.value.trim().replace(',', '.')), values.currency),
        currency: values.currency as MatchAgreementInput['currency'],
        ...(title ? { title } : {}),
      };
    }
    move.mutate(
      {
        id: match.id,
        data: { status: 'won', version: match.version, ...(agreement ? { agreement } : {}) },
      },
      { onSuccess: close },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t('matches.pipeline.wonTitle')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('matches.pipeline.wonConfirm')}</Text>
          <Switch
            label={t('matches.pipeline.recordAgreement')}
            checked={values.record}
            onChange={(event) => set('record', event.currentTarget.checked)}
          />
          {values.record ? (
            <>
              <TextInput
                label={t('matches.pipeline.agreementTitle')}
                description={t('matches.pipeline.agreementTitleHint')}
                maxLength={200}
                value={values.title}
                error={errors.title}
                onChange={(event) => set('title', event.currentTarget.value)}
              />
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <TextInput
                  type="date"
                  label={t('matches.pipeline.signedOn')}
                  required
                  value={values.signedOn}
                  error={errors.signedOn}
                  onChange={(event) => set('signedOn', event.currentTarget.value)}
                />
                <TextInput
                  label={t('matches.pipeline.value')}
                  inputMode="decimal"
                  required
                  value={values.value}
                  error={errors.value}
                  onChange={(event) => set('value', event.currentTarget.value)}
                />
                <Select
                  label={t('matches.pipeline.currency')}
                  allowDeselect={false}
                  data={[...currencyCodes]}
                  value={values.currency}
                  onChange={(value) => set('currency', value ?? 'VND')}
                />
              </SimpleGrid>
            </>
          ) : null}
          <FormErrors error={move.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={move.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="green" loading={move.isPending}>
              {t('matches.pipeline.wonAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
