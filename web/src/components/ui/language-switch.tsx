import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLocale } from '@/lib/i18n';
import { locales } from '@/types/api';
import classes from './language-switch.module.css';

/**
 * One click between Vietnamese and English; the choice is remembered on this browser. Two native
 * radios: arrow keys move between them, and nothing is measured as the page loads.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();
  return (
    <div role="radiogroup" aria-label={t('language.label')} className={classes.switch}>
      {locales.map((locale) => (
        <Fragment key={locale}>
          <input
            type="radio"
            id={`${id}-${locale}`}
            name={`${id}-language`}
            value={locale}
            checked={language === locale}
            onChange={() => void changeLanguage(locale)}
            className={classes.input}
          />
          <label htmlFor={`${id}-${locale}`} className={classes.label}>
            <span title={t(`language.${locale}`)} aria-label={t(`language.${locale}`)}>
              {t(`language.${locale}Short`)}
            </span>
          </label>
        </Fragment>
      ))}
    </div>
  );
}
