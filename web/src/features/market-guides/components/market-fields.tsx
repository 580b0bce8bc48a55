import {
  Badge,
  Group,
  List,
  MultiSelect,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
  VisuallyHidden,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useCallback, useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessItem } from '@ketnoi/shared';
import { COUNTRY_CODES } from '@/components/ui/country-select';
import { CheckIcon, XIcon } from '@/components/ui/icons';
import { intlLocale, useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import { foldText } from '@/lib/reference';

/** Text written in both languages: English when the reader chose it and it exists, else Vietnamese. */
export function useBilingual() {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? 'vi') === 'en';
  return useCallback(
    (text: { vi: string; en: string | null } | null | undefined) =>
      text ? (english && text.en ? text.en : text.vi) : '',
    [english],
  );
}

/** A destination market: a country, or `EU` for the Union as a whole. */
export const MARKET_CODES = ['EU', ...COUNTRY_CODES.filter((code) => code !== 'VN')];

const countryFilter: SelectProps['filter'] = ({ options, search }) => {
  const needle = foldText(search);
  return needle
    ? options.filter(
        (option) =>
          'label' in option &&
          (foldText(option.label).includes(needle) || option.value.toLowerCase() === needle),
      )
    : options;
};

export function MarketSelect(props: Omit<SelectProps, 'data' | 'searchable' | 'filter'>) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? 'vi';
  const data = useMemo(
    () =>
      MARKET_CODES.map((code) => ({ value: code, label: format.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, language),
      ),
    [format, language],
  );
  return (
    <Select
      {...props}
      data={data}
      searchable
      filter={countryFilter}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

/** Label languages buyers ask for most (ISO 639-1); named in the UI language by the browser. */
const LABEL_LANGUAGES = ['vi', 'en', 'ja', 'ko', 'zh', 'th', 'fr', 'de', 'es', 'ms', 'id', 'ar'];

export function useLanguageName() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'vi';
  return useMemo(() => {
    const names = new Intl.DisplayNames([intlLocale(language)], { type: 'language' });
    return (code: string) => names.of(code) ?? code;
  }, [language]);
}

export function LabelLanguagesSelect(props: Omit<MultiSelectProps, 'data'>) {
  const name = useLanguageName();
  const data = useMemo(
    () =>
      [...new Set([...LABEL_LANGUAGES, ...(props.value ?? [])])].map((code) => ({
        value: code,
        label: name(code),
      })),
    [name, props.value],
  );
  return <MultiSelect {...props} data={data} searchable clearable maxValues={10} />;
}

export function CertificationsSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  return (
    <MultiSelect
      {...props}
      data={labels.certifications.map((c) => ({ value: c.code, label: c.name }))}
      searchable
      clearable
      maxValues={20}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

/**
 * Lines of a gap checklist: ✓ met, ✗ a gap, ? to confirm (the product's facts cannot tell).
 * The server words each line in both languages; warnings are advice, not blockers.
 */
export function ReadinessList({ items, label }: { items: ReadinessItem[]; label: string }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  return (
    <List spacing={6} size="sm" listStyleType="none" aria-label={label}>
      {items.map((item, index) => (
        <List.Item key={`${item.code}-${index}`}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={20}
              radius="xl"
              variant="light"
              color={item.met === true ? 'green' : item.met === false ? 'red' : 'yellow'}
              aria-hidden
            >
              {item.met === true ? (
                <CheckIcon size={12} />
              ) : item.met === false ? (
                <XIcon size={12} />
              ) : (
                <Text size="xs" fw={700} span>
                  ?
                </Text>
              )}
            </ThemeIcon>
            <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
              <VisuallyHidden>
                {item.met === true
                  ? t('marketGuides.checklist.met')
                  : item.met === false
                    ? t('marketGuides.checklist.gap')
                    : t('marketGuides.checklist.toConfirm')}
                :{' '}
              </VisuallyHidden>
              {bilingual(item.message)}
            </Text>
            {item.severity === 'warning' ? (
              <Badge size="xs" variant="outline" color="gray">
                {t('marketGuides.checklist.advice')}
              </Badge>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

type TextProps = (path: string) => {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  error: string | undefined;
};

/** A text written in Vietnamese (required when `required`) and, optionally, in English. */
export function BilingualInputs({
  textProps,
  path,
  label,
  long = false,
  required = false,
  maxLength,
}: {
  textProps: TextProps;
  path: string;
  label: string;
  long?: boolean;
  required?: boolean;
  maxLength: number;
}) {
  const { t } = useTranslation();
  const Input = long ? Textarea : TextInput;
  const extra = long ? { autosize: true, minRows: 2, maxRows: 10 } : {};
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Input
        label={t('marketGuides.form.inVi', { label })}
        required={required}
        maxLength={maxLength}
        {...extra}
        {...textProps(`${path}/vi`)}
      />
      <Input
        label={t('marketGuides.form.inEn', { label })}
        maxLength={maxLength}
        {...extra}
        {...textProps(`${path}/en`)}
      />
    </SimpleGrid>
  );
}
