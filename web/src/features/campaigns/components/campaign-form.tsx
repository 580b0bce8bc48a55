import {
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { useVerifiedOrganizations } from '@/features/agreements/api/agreements';
import { useMarketGuides } from '@/features/market-guides/api/market-guides';
import { pointersOf } from '@/features/market-guides/components/guide-form-values';
import {
  BilingualInputs,
  CertificationsSelect,
  LabelLanguagesSelect,
  MarketSelect,
  useBilingual,
} from '@/features/market-guides/components/market-fields';
import { isApiError } from '@/lib/api-client';
import { useFormatters } from '@/lib/format';
import { useForm } from '@/lib/form';
import { useProductLabels } from '@/lib/product-labels';
import { unitCodes } from '@/types/api';
import { incoterms } from '@/types/sourcing';
import { useCreateCampaign, useUpdateCampaign, type Campaign } from '../api/campaigns';
import {
  campaignValuesSchema,
  emptyCampaignValues,
  englishWithoutVietnamese,
  prepareCampaignValues,
  toCampaignBody,
  toCampaignPatch,
  toCampaignValues,
  type CampaignValues,
} from './campaign-form-values';

type CampaignFormProps =
  | { mode: 'create'; onSaved: (campaign: Campaign) => void }
  | { mode: 'edit'; campaign: Campaign; onSaved: (campaign: Campaign) => void };

/**
 * A retailer's call for products: who and when, then the criteria the catalogue is screened
 * against (groups, certifications, shelf life, label languages, order size, Incoterm).
 */
export function CampaignForm(props: CampaignFormProps) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const format = useFormatters();
  const bilingual = useBilingual();
  const campaign = props.mode === 'edit' ? props.campaign : null;
  const form = useForm<CampaignValues>({
    initialValues: campaign ? toCampaignValues(campaign) : emptyCampaignValues(),
    schema: campaignValuesSchema,
    prepare: prepareCampaignValues,
  });
  const guides = useMarketGuides({ limit: 100 });
  const retailers = useVerifiedOrganizations('distributor', true);
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const mutation = campaign ? update : create;
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';
  const formElement = useRef<HTMLFormElement>(null);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  const onError = (error: unknown) => {
    form.setServerError(error, pointersOf(form.values));
    focusFirstError();
  };
  const list = (path: '/ocopGroups' | '/requiredCertifications' | '/labelLanguages') => ({
    value: form.values[path.slice(1) as 'ocopGroups'],
    error: form.errorOf(path),
    onChange: (next: string[]) => form.setValue(path, next),
  });

  const submit = () => {
    mutation.reset();
    const values = form.validate();
    const missingVi = values ? englishWithoutVietnamese(values) : [];
    for (const path of missingVi) {
      form.setFieldMessage(path, { key: 'required' });
    }
    if (!values || missingVi.length > 0) {
      focusFirstError();
      return;
    }
    const onSuccess = (saved: Campaign) => {
      notifications.show({
        color: 'green',
        message: campaign ? t('campaigns.form.saved') : t('campaigns.form.created'),
      });
      props.onSaved(saved);
    };
    if (campaign) {
      update.mutate(
        { id: campaign.id, data: toCampaignPatch(values, campaign.version) },
        { onSuccess, onError },
      );
    } else {
      create.mutate(toCampaignBody(values), { onSuccess, onError });
    }
  };

  const days = t('marketGuides.form.days');
  return (
    <form
      ref={formElement}
      noValidate
      aria-label={campaign ? t('campaigns.form.editLabel') : t('campaigns.form.createLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        {conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('errors.VERSION_CONFLICT')}>
            {t('campaigns.form.conflictHelp')}
          </Alert>
        ) : null}
        <Fieldset legend={t('campaigns.form.callSection')} variant="unstyled">
          <Stack gap="sm">
            <BilingualInputs
              textProps={form.textProps}
              path="/title"
              label={t('campaigns.fields.title')}
              required
              maxLength={200}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('campaigns.fields.retailerName')}
                required
                maxLength={200}
                {...form.textProps('/retailerName')}
              />
              <MarketSelect
                label={t('campaigns.fields.country')}
                required
                {...form.selectProps('/country')}
              />
            </SimpleGrid>
            <Select
              label={t('campaigns.fields.retailerOrg')}
              description={t('campaigns.form.retailerOrgHint')}
              placeholder={t('campaigns.form.retailerOrgNone')}
              clearable
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={(retailers.data ?? [])
                .map((o) => ({ value: o.id, label: o.tradingName ?? o.legalName }))
                .sort((a, b) => a.label.localeCompare(b.label, 'vi'))}
              {...form.selectProps('/retailerOrgId')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                type="date"
                label={t('campaigns.fields.applicationDeadline')}
                required
                {...form.textProps('/applicationDeadline')}
              />
              <TextInput
                type="date"
                label={t('campaigns.fields.eventStartsOn')}
                required
                {...form.textProps('/eventStartsOn')}
              />
              <TextInput
                type="date"
                label={t('campaigns.fields.eventEndsOn')}
                required
                {...form.textProps('/eventEndsOn')}
              />
            </SimpleGrid>
            <Select
              label={t('campaigns.fields.marketGuide')}
              description={t('campaigns.form.marketGuideHint')}
              placeholder={t('common.choose')}
              clearable
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={(guides.data?.items ?? []).map((g) => ({
                value: g.id,
                label: `${format.country(g.country)} — ${bilingual(g.title)}`,
              }))}
              {...form.selectProps('/marketGuideId')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('campaigns.form.criteriaSection')} variant="unstyled">
          <Text size="sm" c="dimmed" mb="sm">
            {t('campaigns.form.criteriaHint')}
          </Text>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <MultiSelect
                label={t('campaigns.fields.ocopGroups')}
                placeholder={t('campaigns.form.anyGroup')}
                data={labels.groups}
                clearable
                {...list('/ocopGroups')}
              />
              <CertificationsSelect
                label={t('campaigns.fields.requiredCertifications')}
                {...list('/requiredCertifications')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('marketGuides.fields.minShelfLifeDays')}
                inputMode="numeric"
                rightSection={days}
                rightSectionWidth={56}
                {...form.textProps('/minShelfLifeDays')}
              />
              <TextInput
                label={t('marketGuides.fields.minRemainingShelfLifePercent')}
                inputMode="numeric"
                rightSection="%"
                {...form.textProps('/minRemainingShelfLifePercent')}
              />
              <TextInput
                label={t('marketGuides.fields.transitDays')}
                inputMode="numeric"
                rightSection={days}
                rightSectionWidth={56}
                {...form.textProps('/transitDays')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <LabelLanguagesSelect
                label={t('marketGuides.fields.labelLanguages')}
                {...list('/labelLanguages')}
              />
              <Select
                label={t('campaigns.fields.incoterm')}
                placeholder={t('common.choose')}
                clearable
                data={[...incoterms]}
                {...form.selectProps('/incoterm')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('campaigns.form.moqQuantity')}
                inputMode="decimal"
                {...form.textProps('/moq/quantity')}
              />
              <Select
                label={t('marketGuides.form.moqUnit')}
                clearable
                placeholder={t('common.choose')}
                data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
                {...form.selectProps('/moq/unit')}
              />
            </SimpleGrid>
            <BilingualInputs
              textProps={form.textProps}
              path="/moq/text"
              label={t('marketGuides.form.moqText')}
              maxLength={300}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('campaigns.fields.notes')} variant="unstyled">
          <BilingualInputs
            textProps={form.textProps}
            path="/notes"
            label={t('campaigns.fields.notes')}
            long
            maxLength={10_000}
          />
        </Fieldset>
        {conflict ? null : (
          <FormErrors
            error={mutation.error}
            details={form.formErrors}
            shownOnField={form.hasErrors && form.formErrors.length === 0}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={conflict}>
            {campaign ? t('campaigns.form.save') : t('campaigns.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
