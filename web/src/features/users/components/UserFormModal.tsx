import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type UpdateUserBody, type User } from '@frontline/contract';
import { rules, useForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useEveryone } from '../../people/hooks/usePeople';
import { useCreateUser, useUpdateUser } from '../hooks/useUsers';

const EMPTY = { email: '', displayName: '', password: '', personId: '' };
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
  const name = useLocalName();
  const create = useCreateUser();
  const update = useUpdateUser();
  const everyone = useEveryone(opened);
  const [roles, setRoles] = useState<Role[]>(['staff']);
  const [rolesError, setRolesError] = useState(false);
  const [disabled, setDisabled] = useState(false);
  const { values, errors, set, check, reset } = useForm(EMPTY, {
    email: user ? [] : [rules.required, rules.email],
    displayName: [rules.required],
    password: user ? [rules.password] : [rules.required, rules.password],
  });
  useEffect(() => {
    if (!opened) return;
    create.reset();
    update.reset();
    setRolesError(false);
    reset(
      user
        ? { email: user.email, displayName: user.displayName, password: '', personId: user.personId ?? '' }
        : EMPTY,
    );
    setRoles(user ? user.roles : ['staff']);
    setDisabled(user?.disabled ?? false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fill the form when it opens
  }, [opened, user]);
  const personData = useMemo(
    () =>
      (everyone.data ?? []).map((p) => ({
        value: p.id,
        label: `${name(p.nameEn, p.nameZh)} (${p.employeeNumber})`,
      })),
    [everyone.data, name],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = check();
    setRolesError(roles.length === 0);
    if (!ok || roles.length === 0) return;
    if (user) {
      const body: UpdateUserBody = {
        displayName: values.displayName.trim(),
        personId: values.personId || null,
        roles,
        disabled,
        ...(values.password ? { password: values.password } : {}),
      };
      update.mutate({ id: user.id, body }, { onSuccess: onClose });
    } else {
      create.mutate(
        {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          personId: values.personId || null,
          roles,
        },
        { onSuccess: onClose },
      );
    }
  };
  const pending = create.isPending || update.isPending;
  return (
    <Dialog opened={opened} onClose={onClose} title={user ? t('users.edit') : t('users.add')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('login.email')}
              type="email"
              required={!user}
              disabled={!!user}
              autoComplete="off"
              value={values.email}
              error={errors.email && t(errors.email)}
              onChange={(e) => set('email', e.currentTarget.value)}
            />
            <TextInput
              label={t('users.displayName')}
              required
              value={values.displayName}
              error={errors.displayName && t(errors.displayName)}
              onChange={(e) => set('displayName', e.currentTarget.value)}
            />
            <PasswordInput
              label={user ? t('users.resetPassword') : t('users.initialPassword')}
              description={user ? t('users.resetPasswordHelp') : t('account.passwordRule')}
              required={!user}
              autoComplete="new-password"
              value={values.password}
              error={errors.password && t(errors.password)}
              onChange={(e) => set('password', e.currentTarget.value)}
            />
            <Select
              label={t('users.person')}
              searchable
              clearable
              value={values.personId || null}
              onChange={(v) => set('personId', v ?? '')}
              data={personData}
              nothingFoundMessage={t('common.nothingFound')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('users.roles')}
            required
            value={roles}
            onChange={(v) => {
              setRoles(v.filter(isRole));
              setRolesError(false);
            }}
            error={rolesError ? t('validation.required') : undefined}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          {user && (
            <Checkbox
              label={t('users.disabledLabel')}
              checked={disabled}
              onChange={(e) => setDisabled(e.currentTarget.checked)}
            />
          )}
          <ErrorAlert error={create.error ?? update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
