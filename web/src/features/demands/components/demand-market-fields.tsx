import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/ui/country-select';
import { useProductLabels } from '@/lib/product-labels';
import { useReference } from '@/lib/reference';
import { incoterms } from '@/types/sourcing';
import type { DemandFormApi } from './demand-form-fields';

/** Where it goes and from where: market, Incoterm (export), preferred provinces and regions, date. */
export function DemandMarketFields({ form }: { form: DemandFormApi }) {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const english = (i18n.resolvedLanguage ?? 'vi') === 'en';
  const exporting = form.values.destinationCountry !== 'VN';
  const provinces = useMemo(
    () =>
      (reference.data?.provinces ?? [])
        .map((p) => ({ value: p.code, label: english ? p.en : p.vi }))
        .sort((a, b) => a.label.localeCompare(b.label, english ? 'en' : 'vi')),
    [reference.data, english],
  );
  const regions = (reference.data?.regions ?? []).map((r) => ({
    value: r.code,
    label: english ? r.en : r.vi,
  }));
  return (
    <Fieldset legend={t('demands.form.marketSection')} variant="unstyled">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CountrySelect
            label={t('demands.fields.destinationCountry')}
            description={t('demands.form.destinationHint')}
            required
            {...form.selectProps('/destinationCountry')}
          />
          <Select
            label={t('demands.fields.incoterm')}
            description={t('demands.form.incotermHint')}
            placeholder={exporting ? t('common.choose') : t('demands.form.domesticNoIncoterm')}
            clearable
            disabled={!exporting}
            data={[...incoterms]}
            {...form.selectProps('/incoterm')}
          />
          <TextInput
            label={t('demands.fields.incotermPlace')}
            disabled={!exporting || form.values.incoterm === ''}
            required={exporting && form.values.incoterm !== ''}
            maxLength={120}
            {...form.textProps('/incotermPlace')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('demands.fields.preferredProvinces')}
            placeholder={t('demands.form.anyProvince')}
            data={provinces}
            searchable
            clearable
            maxValues={34}
            nothingFoundMessage={t('common.nothingFound')}
            value={form.values.preferredProvinces}
            error={form.errorOf('/preferredProvinces')}
            onChange={(value) => form.setValue('/preferredProvinces', value)}
          />
          <MultiSelect
            label={t('demands.fields.preferredRegions')}
            placeholder={t('demands.form.anyRegion')}
            data={regions}
            clearable
            value={form.values.preferredRegions}
            error={form.errorOf('/preferredRegions')}
            onChange={(value) => form.setValue('/preferredRegions', value)}
          />
        </SimpleGrid>
        <TextInput
          type="date"
          label={t('demands.fields.neededBy')}
          description={t('demands.form.neededByHint')}
          w={{ base: '100%', sm: 240 }}
          {...form.textProps('/neededBy')}
        />
      </Stack>
    </Fieldset>
  );
}

/** What the product must prove: certifications (valid ones) and OCOP stars. */
export function DemandQualityFields({ form }: { form: DemandFormApi }) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  return (
    <Fieldset legend={t('demands.form.qualitySection')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('demands.fields.requiredCertifications')}
          description={t('demands.form.certificationsHint')}
          data={labels.certifications.map((c) => ({ value: c.code, label: c.name }))}
          searchable
          clearable
          maxValues={20}
          nothingFoundMessage={t('common.nothingFound')}
          value={form.values.requiredCertifications}
          error={form.errorOf('/requiredCertifications')}
          onChange={(value) => form.setValue('/requiredCertifications', value)}
        />
        <Select
          label={t('demands.fields.minOcopStars')}
          placeholder={t('demands.form.anyStars')}
          clearable
          data={['3', '4', '5'].map((value) => ({
            value,
            label: t('demands.form.starsAtLeast', { count: Number(value) }),
          }))}
          {...form.selectProps('/minOcopStars')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
