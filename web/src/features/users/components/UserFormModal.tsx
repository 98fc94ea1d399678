import { Checkbox, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUserBody, ROLES, UpdateUserBody, type Role, type User } from '@frontline/contract';
import { passwordTooShort, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { useEveryone } from '../../people/hooks/usePeople';
import { useCreateUser, useUpdateUser } from '../hooks/useUsers';

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/**
 * Add a login (user null): e-mail, name, first password, the person it belongs to and its roles.
 * Or change one: name, person, roles, disabled, and optionally a new password.
 */
export function UserFormModal({
  opened,
  user,
  onClose,
}: {
  opened: boolean;
  user: User | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={user ? t('users.edit') : t('users.add')} size="lg">
      <UserForm key={user?.id ?? 'new'} user={user} onClose={onClose} />
    </Dialog>
  );
}

/** The dialog's content: mounted each time it opens, so it starts from the user's current values. */
function UserForm({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const create = useCreateUser();
  const update = useUpdateUser();
  const everyone = useEveryone(true);
  const form = useContractForm({
    schema: user ? UpdateUserBody : CreateUserBody,
    initialValues: {
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      password: '',
      personId: user?.personId ?? null,
      roles: user ? user.roles : (['staff'] as Role[]),
      disabled: user?.disabled ?? false,
    },
    toBody: (v): CreateUserBody | UpdateUserBody =>
      user
        ? {
            displayName: v.displayName.trim(),
            personId: v.personId,
            roles: v.roles,
            disabled: v.disabled,
            ...(v.password ? { password: v.password } : {}),
          }
        : {
            email: v.email.trim(),
            displayName: v.displayName.trim(),
            password: v.password,
            personId: v.personId,
            roles: v.roles,
          },
    extra: (v) => (passwordTooShort(v.password) ? { password: 'validation.password' } : {}),
  });
  const personData = useMemo(
    () =>
      (everyone.data ?? []).map((p) => ({
        value: p.id,
        label: `${name(p.nameEn, p.nameZh)} (${p.employeeNumber})`,
      })),
    [everyone.data, name],
  );
  const submit = form.onSubmit((body) => {
    const done = { onSuccess: onClose, onError: form.applyServerErrors };
    if (user) update.mutate({ id: user.id, body: body as UpdateUserBody }, done);
    else create.mutate(body as CreateUserBody, done);
  });
  const pending = create.isPending || update.isPending;
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('login.email')}
            type="email"
            required={!user}
            disabled={!!user}
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput label={t('users.displayName')} required {...form.getInputProps('displayName')} />
          <PasswordInput
            label={user ? t('users.resetPassword') : t('users.initialPassword')}
            description={user ? t('users.resetPasswordHelp') : t('account.passwordRule')}
            required={!user}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Select
            label={t('users.person')}
            searchable
            clearable
            data={personData}
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('personId')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('users.roles')}
          required
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          {...form.getInputProps('roles')}
          onChange={(v) => form.setFieldValue('roles', v.filter(isRole))}
        />
        {user && (
          <Checkbox
            label={t('users.disabledLabel')}
            {...form.getInputProps('disabled', { type: 'checkbox' })}
          />
        )}
        <FormFooter
          error={create.error ?? update.error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('common.save')}
        />
      </Stack>
    </form>
  );
}
