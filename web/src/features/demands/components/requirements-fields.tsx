import { MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/lib/format';
import type { DistributorRequirements } from '@/types/sourcing';

/** Label languages buyers ask for most (ISO 639-1); named in the UI language by the browser. */
const LABEL_LANGUAGES = [
  'vi',
  'en',
  'ja',
  'ko',
  'zh',
  'th',
  'fr',
  'de',
  'es',
  'ru',
  'ar',
  'ms',
  'id',
];

const flags = [
  'requiresVatInvoice',
  'requiresGs1Barcode',
  'requiresTraceabilityStamp',
  'consignmentOnly',
  'listingFee',
] as const;
const numbers = [
  { key: 'paymentDays', max: 180 },
  { key: 'promotionContributionPercent', max: 100 },
  { key: 'minRemainingShelfLifePercent', max: 100 },
] as const;

/**
 * The commercial terms a distributor buys on (the fit matching scores against each producer's
 * retail readiness). With `floor` (a demand's standing terms) a term can only be tightened:
 * a required flag stays on, a number cannot go lower, a label language cannot be removed.
 */
export function RequirementsFields({
  value,
  onChange,
  floor,
  errorOf = () => undefined,
}: {
  value: DistributorRequirements;
  onChange: (next: DistributorRequirements) => void;
  floor?: DistributorRequirements;
  errorOf?: (path: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'vi';
  const languageOptions = useMemo(() => {
    const names = new Intl.DisplayNames([intlLocale(language)], { type: 'language' });
    const codes = [...new Set([...LABEL_LANGUAGES, ...value.labelLanguages])];
    return codes.map((code) => ({ value: code, label: names.of(code) ?? code }));
  }, [language, value.labelLanguages]);
  const set = <K extends keyof DistributorRequirements>(key: K, next: DistributorRequirements[K]) =>
    onChange({ ...value, [key]: next });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {flags.map((key) => (
          <Switch
            key={key}
            label={t(`demands.requirements.${key}`)}
            description={floor?.[key] ? t('demands.requirements.inherited') : undefined}
            checked={value[key]}
            disabled={floor?.[key] === true}
            onChange={(event) => set(key, event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {numbers.map(({ key, max }) => (
          <NumberInput
            key={key}
            label={t(`demands.requirements.${key}`)}
            description={
              floor && floor[key] > 0
                ? t('demands.requirements.atLeast', { value: floor[key] })
                : t(`demands.requirements.${key}Hint`)
            }
            min={floor?.[key] ?? 0}
            max={max}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
            value={value[key]}
            error={errorOf(`/requirements/${key}`)}
            onChange={(next) => set(key, typeof next === 'number' ? next : (floor?.[key] ?? 0))}
          />
        ))}
      </SimpleGrid>
      <MultiSelect
        label={t('demands.requirements.labelLanguages')}
        description={t('demands.requirements.labelLanguagesHint')}
        data={languageOptions}
        value={value.labelLanguages}
        searchable
        clearable={!floor || floor.labelLanguages.length === 0}
        maxValues={10}
        error={errorOf('/requirements/labelLanguages')}
        onChange={(next) =>
          set('labelLanguages', [...new Set([...(floor?.labelLanguages ?? []), ...next])])
        }
      />
      {floor ? (
        <Text size="xs" c="dimmed">
          {t('demands.requirements.tightenOnly')}
        </Text>
      ) : null}
    </Stack>
  );
}
