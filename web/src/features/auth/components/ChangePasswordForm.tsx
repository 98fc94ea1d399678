import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordBody } from '@frontline/contract';
import { passwordTooShort, useContractForm, type ValidationKey } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useChangePassword } from '../hooks/useAuthMutations';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useContractForm({
    schema: ChangePasswordBody,
    initialValues: EMPTY,
    toBody: (v) => ({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    extra: (v) => {
      const out: { newPassword?: ValidationKey; repeat?: ValidationKey } = {};
      if (passwordTooShort(v.newPassword)) out.newPassword = 'validation.password';
      if (v.repeat === '') out.repeat = 'validation.required';
      else if (v.repeat !== v.newPassword) out.repeat = 'validation.samePassword';
      return out;
    },
  });
  const submit = form.onSubmit(
    (body) => {
      change.reset();
      change.mutate(body, { onSuccess: () => form.setValues(EMPTY), onError: form.applyServerErrors });
    },
    () => change.reset(),
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack maw={420}>
        <PasswordInput
          label={t('account.currentPassword')}
          required
          autoComplete="current-password"
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordRule')}
          required
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('account.repeatPassword')}
          required
          autoComplete="new-password"
          {...form.getInputProps('repeat')}
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
