import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import type { Organization } from '@/types/api';

/** Where the organization stands in verification, and what to do about it. */
export function OrganizationStatusCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const status = organization.verificationStatus;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text size="sm" c="dimmed">
              {t(`enums.organizationKind.${organization.kind}`)}
            </Text>
            <Title order={2} fz="h4">
              {organization.tradingName || organization.legalName}
            </Title>
          </div>
          <VerificationBadge status={status} />
        </Group>

        {status === 'pending' ? <Text size="sm">{t('dashboard.status.pending')}</Text> : null}
        {status === 'verified' ? (
          <Text size="sm">
            {organization.verifiedAt
              ? t('dashboard.status.verifiedOn', { date: format.date(organization.verifiedAt) })
              : t('dashboard.status.verified')}
          </Text>
        ) : null}
        {status === 'rejected' ? (
          <Alert color="red" variant="light" title={t('dashboard.status.rejected')}>
            <Text size="sm">
              {organization.verificationNote
                ? t('dashboard.status.rejectedReason', { reason: organization.verificationNote })
                : t('dashboard.status.rejectedNoReason')}
            </Text>
          </Alert>
        ) : null}

        <Group>
          <Button component={Link} to={paths.app.organization.getHref()} variant="light">
            {status === 'rejected' ? t('dashboard.fixProfile') : t('dashboard.editProfile')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
