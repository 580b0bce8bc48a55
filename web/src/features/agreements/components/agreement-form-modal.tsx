import {
  Button,
  FileInput,
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
import { ProvinceSelect } from '@/components/ui/province-select';
import { useEventText } from '@/features/events/components/use-event-text';
import { megabytes } from '@/lib/download';
import { errorMessage, problemFieldErrors } from '@/lib/errors';
import { toMinorUnits } from '@/lib/format';
import { currencyCodes } from '@/types/api';
import {
  documentRules,
  newIdempotencyKey,
  useAgreementEvents,
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
  '/provinceCode',
  '/eventId',
  '/signedOn',
  '/value',
  '/currency',
  '/productIds',
  '/note',
];

/** Between a producer and a distributor, or between a province and the city (no organization). */
type Parties = 'organizations' | 'province';

type Values = {
  kind: 'mou' | 'contract';
  parties: Parties;
  title: string;
  matchId: string | null;
  provinceCode: string | null;
  eventId: string | null;
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
  parties: 'organizations',
  title: '',
  matchId: null,
  provinceCode: null,
  eventId: null,
  producerOrgId: null,
  distributorOrgId: null,
  signedOn: today(),
  value: '',
  currency: null,
  productIds: [],
  note: '',
});

const pdfOnly = documentRules.types.join(',');

/**
 * A coordinator records an MoU or a contract: from a match (its parties and product), between a
 * producer and a distributor chosen here, or between a province and the city; optionally at an
 * event, with the signed PDF attached right after it is recorded. The value is typed in major
 * units (đồng, dollars).
 */
export function AgreementFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(empty);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [documentFile, setDocumentFile] = useState<File | null>(null);
  const [documentError, setDocumentError] = useState<string | null>(null);
  const create = useCreateAgreement();
  const betweenOrganizations = values.parties === 'organizations';
  const producers = useVerifiedOrganizations('producer', opened && betweenOrganizations);
  const distributors = useVerifiedOrganizations('distributor', opened && betweenOrganizations);
  const matches = useAgreementMatches(opened && betweenOrganizations);
  const events = useAgreementEvents(opened);
  const eventText = useEventText();
  const match = matches.data?.find((m) => m.id === values.matchId) ?? null;
  const producerId = !betweenOrganizations
    ? null
    : match
      ? match.product.producer.id
      : values.producerOrgId;
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
  const eventOptions = (events.data?.items ?? []).map((e) => ({
    value: e.id,
    label: `${eventText.title(e)} (${eventText.times.day(e.startsAt)})`,
  }));

  const close = () => {
    create.reset();
    setInvalid({});
    setValues(empty());
    setDocumentFile(null);
    setDocumentError(null);
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
    if (!betweenOrganizations) {
      if (!values.provinceCode) {
        found['/provinceCode'] = t('validation.required');
      }
    } else if (!values.matchId) {
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
      ...(!betweenOrganizations
        ? { provinceCode: values.provinceCode! }
        : values.matchId
          ? { matchId: values.matchId }
          : { producerOrgId: values.producerOrgId!, distributorOrgId: values.distributorOrgId! }),
      ...(values.eventId ? { eventId: values.eventId } : {}),
      ...(amount !== null && values.currency
        ? {
            value: toMinorUnits(amount, values.currency),
            currency: values.currency as NonNullable<CreateAgreementBody['currency']>,
          }
        : {}),
      ...(betweenOrganizations && values.productIds.length > 0
        ? { productIds: values.productIds }
        : {}),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    };
    create.mutate(
      { data, idempotencyKey, document: documentFile },
      {
        onSuccess: (result) => {
          setIdempotencyKey(newIdempotencyKey());
          notifications.show(
            result.documentError
              ? {
                  color: 'orange',
                  message: t('agreements.form.createdWithoutDocument', {
                    reason: errorMessage(t, result.documentError),
                  }),
                }
              : { color: 'green', message: t('agreements.form.created') },
          );
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
          <Stack gap={4}>
            <Text size="sm" fw={500} id="agreement-parties-label">
              {t('agreements.fields.parties')}
            </Text>
            <SegmentedControl
              aria-labelledby="agreement-parties-label"
              value={values.parties}
              onChange={(value) => {
                set('parties', value);
                set('matchId', null);
                set('producerOrgId', null);
                set('distributorOrgId', null);
                set('provinceCode', null);
                set('productIds', []);
              }}
              data={[
                { value: 'organizations', label: t('agreements.parties.organizations') },
                { value: 'province', label: t('agreements.parties.province') },
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
          {betweenOrganizations ? (
            <>
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
                placeholder={
                  producerId ? t('common.choose') : t('agreements.form.chooseProducerFirst')
                }
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
            </>
          ) : (
            <ProvinceSelect
              label={t('agreements.fields.province')}
              description={t('agreements.form.provinceHint')}
              required
              value={values.provinceCode}
              onChange={(value) => set('provinceCode', value)}
              error={errorOf('/provinceCode')}
            />
          )}
          <Select
            label={t('agreements.fields.event')}
            placeholder={t('agreements.form.noEvent')}
            clearable
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={eventOptions}
            value={values.eventId}
            onChange={(value) => set('eventId', value)}
            error={errorOf('/eventId')}
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
          <FileInput
            label={t('agreements.fields.document')}
            description={t('agreements.form.documentHint', {
              max: megabytes(documentRules.maxBytes),
            })}
            placeholder={t('agreements.form.chooseFile')}
            accept={pdfOnly}
            clearable
            value={documentFile}
            error={documentError}
            onChange={(file) => {
              const tooLarge = file !== null && file.size > documentRules.maxBytes;
              setDocumentError(
                tooLarge
                  ? t('agreements.form.documentTooLarge', {
                      max: megabytes(documentRules.maxBytes),
                    })
                  : null,
              );
              setDocumentFile(tooLarge ? null : file);
            }}
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
