import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import Type from 'typebox';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrors } from '@/components/ui/form-errors';
import { paths } from '@/config/paths';
import { useLogin } from '@/lib/auth';
import { trimStrings, useForm } from '@/lib/form';
import type { LoginBody, Me } from '@/types/api';

/** Only presence is checked here: whether the credentials are right is the server's call. */
const loginInputSchema = Type.Object({
  email: Type.String({ minLength: 1 }),
  password: Type.String({ minLength: 1 }),
});

type LoginFormProps = {
  onSuccess: (me: Me) => void;
  /** Carried to the register link so a new account lands where the visitor was going. */
  next?: string | null;
};

export function LoginForm({ onSuccess, next }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin({ onSuccess });
  const form = useForm<LoginBody, LoginBody>({
    initialValues: { email: '', password: '' },
    schema: loginInputSchema,
    // Passwords are taken exactly as typed; only the e-mail is trimmed.
    prepare: (values) => ({ ...values, email: trimStrings(values.email) }),
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        login.reset();
        const body = form.validate();
        if (body) {
          login.mutate(body, {
            onError: (error) => form.setServerError(error, ['/email', '/password']),
          });
        }
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          required
          {...form.textProps('/email')}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          {...form.textProps('/password')}
        />
        <FormErrors error={login.error} details={form.formErrors} />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
        <Text size="sm" ta="center">
          {t('login.noAccount')}{' '}
          <Anchor component={Link} to={paths.auth.register.getHref(next)}>
            {t('login.registerLink')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
