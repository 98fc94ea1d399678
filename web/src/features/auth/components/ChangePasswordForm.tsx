import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rules, useForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useChangePassword } from '../hooks/useAuthMutations';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { values, errors, set, check, reset } = useForm(
    { currentPassword: '', newPassword: '', repeat: '' },
    {
      currentPassword: [rules.required],
      newPassword: [rules.required, rules.password],
      repeat: [rules.required],
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.reset();
    const ok = check((v) => (v.repeat !== v.newPassword ? { repeat: 'validation.samePassword' } : {}));
    if (!ok) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: () => reset({ currentPassword: '', newPassword: '', repeat: '' }) },
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack maw={420}>
        <PasswordInput
          label={t('account.currentPassword')}
          required
          autoComplete="current-password"
          value={values.currentPassword}
          error={errors.currentPassword && t(errors.currentPassword)}
          onChange={(e) => set('currentPassword', e.currentTarget.value)}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordRule')}
          required
          autoComplete="new-password"
          value={values.newPassword}
          error={errors.newPassword && t(errors.newPassword)}
          onChange={(e) => set('newPassword', e.currentTarget.value)}
        />
        <PasswordInput
          label={t('account.repeatPassword')}
          required
          autoComplete="new-password"
          value={values.repeat}
          error={errors.repeat && t(errors.repeat)}
          onChange={(e) => set('repeat', e.currentTarget.value)}
        />
        <ErrorAlert error={change.error} />
        {change.isSuccess && <SuccessAlert title={t('account.passwordChanged')} />}
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
