import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { SampleRequestsList } from '@/features/samples/components/sample-requests-list';
import { useCurrentUser } from '@/lib/auth';

/** Sample requests: a producer's inbox, a distributor's outgoing ones; `/app/samples/:id` outlines one. */
export default function SamplesRoute() {
  const { t } = useTranslation();
  const { sampleId = null } = useParams();
  const { user } = useCurrentUser();
  const perspective = user.role === 'producer' ? 'producer' : 'distributor';
  return (
    <ContentLayout
      title={t(`samples.title.${perspective}`)}
      description={t(`samples.subtitle.${perspective}`)}
    >
      <SampleRequestsList perspective={perspective} highlightId={sampleId} />
    </ContentLayout>
  );
}
