import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { FormErrors } from '@/components/ui/form-errors';
import { FileSpreadsheetIcon } from '@/components/ui/icons';
import { megabytes, saveBlob } from '@/lib/download';
import { useErrorMessage } from '@/lib/errors';
import { IMPORT_MAX_BYTES, type Import } from '@/types/api';
import { templateFile, useUploadImport } from '../api/imports';

const ACCEPT = [
  '.xlsx',
  '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',');

/** The steps before an import: get the template, fill it, upload it. */
export function ImportUpload({ onUploaded }: { onUploaded: (item: Import) => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const upload = useUploadImport();
  const [problem, setProblem] = useState<string | null>(null);

  const downloadTemplate = async (format: 'xlsx' | 'csv') => {
    setProblem(null);
    try {
      saveBlob(await templateFile(format), `ketnoi-products-template.${format}`);
    } catch (error) {
      setProblem(message(error));
    }
  };

  const send = (files: File[]) => {
    const [file] = files;
    setProblem(null);
    upload.reset();
    if (!file) {
      return;
    }
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      setProblem(t('imports.badType', { name: file.name }));
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setProblem(t('imports.tooLarge', { max: megabytes(IMPORT_MAX_BYTES) }));
      return;
    }
    upload.mutate(file, { onSuccess: onUploaded });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-steps">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="import-steps">
          {t('imports.stepsTitle')}
        </Title>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('imports.step1')}</List.Item>
          <List.Item>{t('imports.step2')}</List.Item>
          <List.Item>{t('imports.step3')}</List.Item>
        </List>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<FileSpreadsheetIcon size={16} />}
            onClick={() => void downloadTemplate('xlsx')}
          >
            {t('imports.templateXlsx')}
          </Button>
          <Button variant="subtle" onClick={() => void downloadTemplate('csv')}>
            {t('imports.templateCsv')}
          </Button>
        </Group>
        <FileDropZone
          label={t('imports.chooseFile')}
          hint={t('imports.dropHint', { max: megabytes(IMPORT_MAX_BYTES) })}
          dropLabel={t('imports.dropNow')}
          accept={ACCEPT}
          disabled={upload.isPending}
          onFiles={send}
        />
        {upload.isPending ? (
          <Text size="sm" role="status">
            {t('imports.uploading')}
          </Text>
        ) : null}
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : null}
        <FormErrors error={upload.error} />
      </Stack>
    </Paper>
  );
}
