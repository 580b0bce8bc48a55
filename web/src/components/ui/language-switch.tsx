import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLocale } from '@/lib/i18n';

/** One click between Vietnamese and English; the choice is remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={language}
      onChange={(value) => {
        if (isLocale(value)) {
          void changeLanguage(value);
        }
      }}
      data={[
        {
          value: 'vi',
          label: (
            <span title={t('language.vi')} aria-label={t('language.vi')}>
              {t('language.viShort')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span title={t('language.en')} aria-label={t('language.en')}>
              {t('language.enShort')}
            </span>
          ),
        },
      ]}
    />
  );
}
