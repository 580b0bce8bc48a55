import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { problemFieldErrors } from '@/lib/errors';
import { toMinorUnits } from '@/lib/format';
import { currencyCodes } from '@/types/api';
import { useRecordReorder, type CampaignEntry } from '../api/campaigns';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** An order a listed product received after the week, with its date, quantity and value. */
export function ReorderModal({
  entry,
  unit,
  opened,
  onClose,
}: {
  entry: CampaignEntry;
  unit: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordReorder();
  const [date, setDate] = useState(today);
  const [quantity, setQuantity] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const server = problemFieldErrors(record.error, [
    '/date',
    '/quantity',
    '/value',
    '/currency',
    '/note',
  ]);
  const errorOf = (path: string) => invalid[path] ?? server.fields[path];

  const close = () => {
    record.reset();
    setInvalid({});
    setQuantity('');
    setValue('');
    setCurrency(null);
    setNote('');
    onClose();
  };

  const submit = () => {
    record.reset();
    const found: Record<string, string> = {};
    const amount = Number(quantity.replace(',', '.'));
    if (!/^\d+([.,]\d+)?$/.test(quantity) || amount <= 0) {
      found['/quantity'] = t('validation.positiveNumber');
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      found['/date'] = t('validation.date');
    }
    const money = value.trim() === '' ? null : Number(value.replace(',', '.'));
    if (money !== null && (!Number.isFinite(money) || money < 0)) {
      found['/value'] = t('validation.number');
    }
    if ((money === null) !== (currency === null)) {
      found[money === null ? '/value' : '/currency'] = t('campaigns.reorder.valueWithCurrency');
    }
    setInvalid(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    record.mutate(
      {
        campaignId: entry.campaignId,
        entryId: entry.id,
        data: {
          date,
          quantity: amount,
          value: money === null || currency === null ? null : toMinorUnits(money, currency),
          currency: currency as (typeof currencyCodes)[number] | null,
          note: note.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('campaigns.reorder.recorded') });
          close();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.reorder.title')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('campaigns.reorder.date')}
              required
              value={date}
              max={today()}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errorOf('/date')}
            />
            <TextInput
              label={t('campaigns.reorder.quantity')}
              required
              inputMode="decimal"
              rightSection={unit}
              rightSectionWidth={64}
              value={quantity}
              onChange={(event) => setQuantity(event.currentTarget.value)}
              error={errorOf('/quantity')}
            />
            <TextInput
              label={t('campaigns.reorder.value')}
              inputMode="decimal"
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              error={errorOf('/value')}
            />
            <Select
              label={t('campaigns.reorder.currency')}
              clearable
              placeholder={t('common.choose')}
              data={[...currencyCodes]}
              value={currency}
              onChange={setCurrency}
              error={errorOf('/currency')}
            />
          </SimpleGrid>
          <TextInput
            label={t('campaigns.reorder.note')}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <FormErrors error={record.error} shownOnField={Object.keys(server.fields).length > 0} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={record.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('campaigns.reorder.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
