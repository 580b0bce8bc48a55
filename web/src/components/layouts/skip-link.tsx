import { useTranslation } from 'react-i18next';
import classes from './layouts.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/** First tab stop on every page: jump past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`}>
      {t('nav.skipToContent')}
    </a>
  );
}
