// The charts' styles load with this page only: the catalogue's first page does not carry them.
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { KpiDashboard } from '@/features/kpis/components/kpi-dashboard';

/** The year now in Vietnam (the report's calendar), whatever the browser's time zone. */
function vietnamYear() {
  return Number(
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    ),
  );
}

/** Coordinators: the year's programme targets against the actuals, with charts, Excel and print. */
export default function KpisRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentYear = vietnamYear();
  const asked = Number(searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear;
  return (
    <ContentLayout title={t('kpis.title', { year })} description={t('kpis.subtitle')}>
      <KpiDashboard
        year={year}
        currentYear={currentYear}
        onYearChange={(next) =>
          setSearchParams(next === currentYear ? {} : { year: String(next) }, { replace: true })
        }
      />
    </ContentLayout>
  );
}
