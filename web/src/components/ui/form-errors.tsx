import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/lib/errors';

type FormErrorsProps = {
  /** The failed mutation's error, if any. */
  error: unknown;
  /** Problem `errors[]` that matched no field of the form. */
  details?: string[];
  /** A field already shows the reason: say only "check the highlighted fields". */
  shownOnField?: boolean;
};

/** The error summary above a form's submit button. */
export function FormErrors({ error, details = [], shownOnField = false }: FormErrorsProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) {
    return null;
  }
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={shownOnField ? t('errors.checkFields') : undefined}
    >
      {shownOnField ? null : <Text size="sm">{message(error)}</Text>}
      {details.length > 0 ? (
        <List size="sm" mt={4}>
          {details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
