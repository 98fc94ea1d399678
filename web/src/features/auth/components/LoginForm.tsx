import { Button, Card, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoginBody } from '@frontline/contract';
import { useContractForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLogin } from '../hooks/useAuthMutations';

/** E-mail and password. `form` comes from the page, so the demo list can put a login in. */
export function LoginForm({
  onSignedIn,
  form,
}: {
  onSignedIn: () => void;
  form: ReturnType<typeof useLoginForm>;
}) {
  const { t } = useTranslation();
  const login = useLogin();
  const submit = form.onSubmit((body) =>
    login.mutate(body, { onSuccess: onSignedIn, onError: form.applyServerErrors }),
  );
  return (
    <Card withBorder shadow="sm" padding="lg" component="form" noValidate onSubmit={submit}>
      <Stack>
        <Title order={2} size="h4">
          {t('login.title')}
        </Title>
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <ErrorAlert error={login.error} />
        <Button type="submit" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

export function useLoginForm() {
  return useContractForm({
    schema: LoginBody,
    initialValues: { email: '', password: '' },
    toBody: (v) => ({ email: v.email.trim(), password: v.password }),
  });
}
