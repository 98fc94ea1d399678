import { Button, Card, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rules, useForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLogin } from '../hooks/useAuthMutations';

/** E-mail and password. `fill` lets the demo list put a login in. */
export function LoginForm({
  onSignedIn,
  form,
}: {
  onSignedIn: () => void;
  form: ReturnType<typeof useLoginForm>;
}) {
  const { t } = useTranslation();
  const login = useLogin();
  const { values, errors, set, check } = form;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check()) return;
    login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn });
  };
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
          value={values.email}
          error={errors.email && t(errors.email)}
          onChange={(e) => set('email', e.currentTarget.value)}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={values.password}
          error={errors.password && t(errors.password)}
          onChange={(e) => set('password', e.currentTarget.value)}
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
  return useForm(
    { email: '', password: '' },
    { email: [rules.required, rules.email], password: [rules.required] },
  );
}
