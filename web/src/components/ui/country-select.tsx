import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import { foldText } from '@/lib/reference';

/** ISO 3166-1 alpha-2 codes; names come from the browser's Intl data in the UI language. */
export const COUNTRY_CODES = (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF ' +
  'CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD ' +
  'GE GH GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MT MU MV MW ' +
  'MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC ' +
  'SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US ' +
  'UY UZ VA VC VE VN VU WS YE ZA ZM ZW'
).split(' ');

type CountrySelectProps = Omit<SelectProps, 'data' | 'searchable'>;

/** Countries by name in the UI language, Vietnam first (most distributors are domestic). */
function useCountryOptions() {
  const { i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? 'vi';
  return useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: format.country(code) })).sort((a, b) =>
        a.value === 'VN' ? -1 : b.value === 'VN' ? 1 : a.label.localeCompare(b.label, language),
      ),
    [format, language],
  );
}

/** Search without diacritics, by name or by code ("jp"). */
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

export function CountrySelect({ label, ...props }: CountrySelectProps) {
  const { t } = useTranslation();
  const data = useCountryOptions();
  return (
    <Select
      {...props}
      label={label ?? t('fields.country')}
      data={data}
      searchable
      filter={countryFilter}
      nothingFoundMessage={t('common.nothingFound')}
      allowDeselect={false}
    />
  );
}

export function CountryMultiSelect(props: Omit<MultiSelectProps, 'data' | 'searchable'>) {
  const { t } = useTranslation();
  const data = useCountryOptions();
  return (
    <MultiSelect
      {...props}
      data={data}
      searchable
      filter={countryFilter}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
