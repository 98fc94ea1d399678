import { Button, Card, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rules, useForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSetup } from '../hooks/useAuthMutations';

/** First run: the set-up token from the server log, the organisation and the first administrator. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const setup = useSetup();
  const { values, errors, set, check } = useForm(
    { setupToken: '', organisationName: '', displayName: '', email: '', password: '' },
    {
      setupToken: [rules.required],
      organisationName: [rules.required],
      displayName: [rules.required],
      email: [rules.required, rules.email],
      password: [rules.required, rules.password],
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check()) return;
    setup.mutate({ ...values, email: values.email.trim() }, { onSuccess: onDone });
  };
  const field = (key: keyof typeof values) => ({
    required: true,
    value: values[key],
    error: errors[key] && t(errors[key]),
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  return (
    <Card withBorder shadow="sm" padding="lg" component="form" noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t('setup.intro')}</Text>
        <TextInput label={t('setup.token')} autoComplete="off" {...field('setupToken')} />
        <TextInput label={t('setup.organisation')} {...field('organisationName')} />
        <TextInput label={t('setup.name')} autoComplete="name" {...field('displayName')} />
        <TextInput label={t('login.email')} type="email" autoComplete="username" {...field('email')} />
        <PasswordInput
          label={t('login.password')}
          description={t('account.passwordRule')}
          autoComplete="new-password"
          {...field('password')}
        />
        <ErrorAlert error={setup.error} />
        <Button type="submit" loading={setup.isPending}>
          {t('setup.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
