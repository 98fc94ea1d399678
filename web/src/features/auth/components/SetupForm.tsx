import { Button, Card, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SetupBody } from '@frontline/contract';
import { passwordTooShort, useContractForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSetup } from '../hooks/useAuthMutations';

/** First run: the set-up token from the server log, the organisation and the first administrator. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const setup = useSetup();
  const form = useContractForm({
    schema: SetupBody,
    initialValues: { setupToken: '', organisationName: '', displayName: '', email: '', password: '' },
    toBody: (v) => ({
      setupToken: v.setupToken.trim(),
      organisationName: v.organisationName.trim(),
      displayName: v.displayName.trim(),
      email: v.email.trim(),
      password: v.password,
    }),
    extra: (v) => (passwordTooShort(v.password) ? { password: 'validation.password' } : {}),
  });
  const submit = form.onSubmit((body) =>
    setup.mutate(body, { onSuccess: onDone, onError: form.applyServerErrors }),
  );
  const field = (key: keyof typeof form.values) => ({ required: true, ...form.getInputProps(key) });
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
