import {
  Select,
  type ComboboxParsedItem,
  type OptionsFilter,
  type SelectProps,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText, useReference } from '@/lib/reference';
import type { Province } from '@/types/api';

type ProvinceSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'filter'>;

function provinceName(province: Province, language: string) {
  return language === 'en' ? province.en : province.vi;
}

/**
 * The 34 provinces in force since July 2025. Search ignores diacritics and also matches the
 * other language and the pre-2025 provinces each one absorbed: "bac kan" finds Thái Nguyên.
 */
export function ProvinceSelect({ label, placeholder, ...props }: ProvinceSelectProps) {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const language = i18n.resolvedLanguage ?? 'vi';

  const { data, searchIndex } = useMemo(() => {
    const provinces = [...(reference.data?.provinces ?? [])].sort((a, b) =>
      provinceName(a, language).localeCompare(provinceName(b, language), language),
    );
    const index = new Map<string, string>();
    for (const province of provinces) {
      index.set(
        province.code,
        [province.vi, province.en, ...province.aliases].map(foldText).join('|'),
      );
    }
    return {
      data: provinces.map((province) => ({
        value: province.code,
        label: provinceName(province, language),
      })),
      searchIndex: index,
    };
  }, [reference.data, language]);

  const filter: OptionsFilter = ({ options, search }) => {
    const needle = foldText(search);
    if (!needle) {
      return options;
    }
    return (options as ComboboxParsedItem[]).filter(
      (option) => 'value' in option && (searchIndex.get(option.value) ?? '').includes(needle),
    );
  };

  const unavailable = reference.isError;
  return (
    <Select
      {...props}
      label={label ?? t('fields.province')}
      placeholder={
        reference.isPending ? t('common.loading') : (placeholder ?? t('fields.provincePlaceholder'))
      }
      data={data}
      searchable
      filter={filter}
      limit={40}
      nothingFoundMessage={t('fields.provinceNothingFound')}
      disabled={props.disabled || reference.isPending || unavailable}
      error={props.error ?? (unavailable ? t('fields.provinceUnavailable') : undefined)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
