import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { distributorChannels, legalForms } from '@/types/api';

type Props = Omit<SelectProps, 'data'>;

export function ChannelSelect({ label, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      {...props}
      label={label ?? t('fields.channel')}
      placeholder={props.placeholder ?? t('common.choose')}
      data={distributorChannels.map((value) => ({ value, label: t(`enums.channel.${value}`) }))}
    />
  );
}

export function LegalFormSelect({ label, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      {...props}
      label={label ?? t('fields.legalForm')}
      placeholder={props.placeholder ?? t('common.choose')}
      data={legalForms.map((value) => ({ value, label: t(`enums.legalForm.${value}`) }))}
    />
  );
}
