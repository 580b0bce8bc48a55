import {
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { problemFieldErrors } from '@/lib/errors';
import { toMinorUnits } from '@/lib/format';
import { currencyCodes } from '@/types/api';
import {
  newIdempotencyKey,
  useAgreementMatches,
  useCreateAgreement,
  useProducerProductsForAgreement,
  useVerifiedOrganizations,
  type CreateAgreementBody,
} from '../api/agreements';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const FIELDS = [
  '/kind',
  '/title',
  '/matchId',
  '/producerOrgId',
  '/distributorOrgId',
  '/signedOn',
  '/value',
  '/currency',
  '/productIds',
  '/note',
];

type Values = {
  kind: 'mou' | 'contract';
  title: string;
  matchId: string | null;
  producerOrgId: string | null;
  distributorOrgId: string | null;
  signedOn: string;
  value: string;
  currency: string | null;
  productIds: string[];
  note: string;
};

const empty = (): Values => ({
  kind: 'mou',
  title: '',
  matchId: null,
  producerOrgId: null,
  distributorOrgId: null,
  signedOn: today(),
  value: '',
  currency: null,
  productIds: [],
  note: '',
});

/**
 * A coordinator records an MoU or a contract: from a match (its parties and product), or between
 * a producer and a distributor chosen here. The value is typed in major units (đồng, dollars).
 */
export function AgreementFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(empty);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateAgreement();
  const producers = useVerifiedOrganizations('producer', opened);
  const distributors = useVerifiedOrganizations('distributor', opened);
  const matches = useAgreementMatches(opened);
  const match = matches.data?.find((m) => m.id === values.matchId) ?? null;
  const producerId = match ? match.product.producer.id : values.producerOrgId;
  const products = useProducerProductsForAgreement(producerId);
  const server = problemFieldErrors(create.error, FIELDS);
  const errorOf = (path: string) => invalid[path] ?? server.fields[path];
  const set = <K extends keyof Values>(key: K, next: Values[K]) => {
    setValues((current) => ({ ...current, [key]: next }));
    setInvalid(({ [`/${key}`]: _removed, ...rest }) => rest);
  };

  const orgOptions = (list: { id: string; legalName: string; tradingName: string | null }[] = []) =>
    list
      .map((o) => ({ value: o.id, label: o.tradingName ?? o.legalName }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const producerOptions = useMemo(() => orgOptions(producers.data), [producers.data]);
  const distributorOptions = useMemo(() => orgOptions(distributors.data), [distributors.data]);
  const matchOptions = (matches.data ?? []).map((m) => ({
    value: m.id,
    label: `${m.product.producer.name} ↔ ${m.demand.distributor.name}: ${m.demand.title}`,
  }));

  const close = () => {
    create.reset();
    setInvalid({});
    setValues(empty());
    onClose();
  };

  const submit = () => {
    create.reset();
    const found: Record<string, string> = {};
    const title = values.title.trim();
    if (title.length < 3) {
      found['/title'] = t('validation.minLength', { count: 3 });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.signedOn)) {
      found['/signedOn'] = t('validation.date');
    }
    if (!values.matchId) {
      if (!values.producerOrgId) {
        found['/producerOrgId'] = t('validation.required');
      }
      if (!values.distributorOrgId) {
        found['/distributorOrgId'] = t('validation.required');
      }
    }
    const amount = values.value.trim() === '' ? null : Number(values.value.replace(',', '.'));
    if (amount !== null && (!Number.isFinite(amount) || amount < 0)) {
      found['/value'] = t('validation.number');
    }
    if ((amount === null) !== (values.currency === null)) {
      found[amount === null ? '/value' : '/currency'] = t('agreements.form.valueWithCurrency');
    }
    setInvalid(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    const data: CreateAgreementBody = {
      kind: values.kind,
      title,
      signedOn: values.signedOn,
      ...(values.matchId
        ? { matchId: values.matchId }
        : { producerOrgId: values.producerOrgId!, distributorOrgId: values.distributorOrgId! }),
      ...(amount !== null && values.currency
        ? {
            value: toMinorUnits(amount, values.currency),
            currency: values.currency as NonNullable<CreateAgreementBody['currency']>,
          }
        : {}),
      ...(values.productIds.length > 0 ? { productIds: values.productIds } : {}),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    };
    create.mutate(
      { data, idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(newIdempotencyKey());
          notifications.show({ color: 'green', message: t('agreements.form.created') });
          close();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('agreements.form.title')} size="lg" centered>
      <form
        noValidate
        aria-label={t('agreements.form.title')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="agreement-kind-label">
              {t('agreements.fields.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="agreement-kind-label"
              value={values.kind}
              onChange={(value) => set('kind', value)}
              data={[
                { value: 'mou', label: t('agreements.kind.mou') },
                { value: 'contract', label: t('agreements.kind.contract') },
              ]}
            />
          </Stack>
          <TextInput
            label={t('agreements.fields.title')}
            required
            maxLength={200}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errorOf('/title')}
          />
          <TextInput
            type="date"
            label={t('agreements.fields.signedOn')}
            required
            max={today()}
            value={values.signedOn}
            onChange={(event) => set('signedOn', event.currentTarget.value)}
            error={errorOf('/signedOn')}
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            label={t('agreements.fields.match')}
            description={t('agreements.form.matchHint')}
            placeholder={t('agreements.form.noMatch')}
            clearable
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={matchOptions}
            value={values.matchId}
            onChange={(value) => {
              set('matchId', value);
              set('productIds', []);
            }}
            error={errorOf('/matchId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('agreements.fields.producer')}
              required={!values.matchId}
              disabled={values.matchId !== null}
              placeholder={match ? match.product.producer.name : t('common.choose')}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={producerOptions}
              value={values.producerOrgId}
              onChange={(value) => {
                set('producerOrgId', value);
                set('productIds', []);
              }}
              error={errorOf('/producerOrgId')}
            />
            <Select
              label={t('agreements.fields.distributor')}
              required={!values.matchId}
              disabled={values.matchId !== null}
              placeholder={match ? match.demand.distributor.name : t('common.choose')}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={distributorOptions}
              value={values.distributorOrgId}
              onChange={(value) => set('distributorOrgId', value)}
              error={errorOf('/distributorOrgId')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('agreements.fields.products')}
            description={match ? t('agreements.form.productsFromMatch') : undefined}
            placeholder={producerId ? t('common.choose') : t('agreements.form.chooseProducerFirst')}
            disabled={producerId === null}
            searchable
            clearable
            maxValues={50}
            nothingFoundMessage={t('common.nothingFound')}
            data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.nameVi }))}
            value={values.productIds}
            onChange={(next) => set('productIds', next)}
            error={errorOf('/productIds')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('agreements.fields.value')}
              inputMode="decimal"
              value={values.value}
              onChange={(event) => set('value', event.currentTarget.value)}
              error={errorOf('/value')}
            />
            <Select
              label={t('agreements.fields.currency')}
              clearable
              placeholder={t('common.choose')}
              data={[...currencyCodes]}
              value={values.currency}
              onChange={(value) => set('currency', value)}
              error={errorOf('/currency')}
            />
          </SimpleGrid>
          <Textarea
            label={t('agreements.fields.note')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={values.note}
            onChange={(event) => set('note', event.currentTarget.value)}
          />
          <FormErrors
            error={create.error}
            details={server.unmatched}
            shownOnField={Object.keys(server.fields).length > 0 && server.unmatched.length === 0}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('agreements.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
