import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePersonBody, EMPLOYMENT_TYPES, PERSON_STATUSES, type Person } from '@frontline/contract';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useJobRoles, useOrgUnits } from '../../org/hooks/useOrg';
import { unitOptions } from '../../org/utils/tree';
import { useEveryone, useSavePerson } from '../hooks/usePeople';
import { EMPTY_PERSON, personToValues, valuesToBody } from '../utils/person-form';

/**
 * Create (no person) or edit a person. The contract's schema is checked here and again by the API.
 * The values are taken from `person` when the form mounts (give it a `key` to start again).
 */
export function PersonForm({
  person,
  onSaved,
  onCancel,
}: {
  person: Person | null;
  onSaved: (p: Person) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const units = useOrgUnits();
  const roles = useJobRoles();
  const everyone = useEveryone();
  const save = useSavePerson();
  const form = useContractForm({
    schema: CreatePersonBody,
    initialValues: person ? personToValues(person) : EMPTY_PERSON,
    toBody: valuesToBody,
  });

  const unitData = useMemo(
    () => unitOptions(units.data ?? [], (u) => name(u.nameEn, u.nameZh)),
    [units.data, name],
  );
  const managerData = useMemo(
    () =>
      (everyone.data ?? [])
        .filter((p) => p.id !== person?.id && p.status !== 'left')
        .map((p) => ({ value: p.id, label: `${name(p.nameEn, p.nameZh)} (${p.employeeNumber})` })),
    [everyone.data, person?.id, name],
  );
  const roleData = (roles.data ?? []).map((r) => ({ value: r.id, label: name(r.nameEn, r.nameZh) }));

  const submit = form.onSubmit((body) =>
    save.mutate({ id: person?.id ?? null, body }, { onSuccess: onSaved, onError: form.applyServerErrors }),
  );
  const text = (
    k: 'employeeNumber' | 'email' | 'givenNameEn' | 'familyNameEn' | 'nameZh' | 'hireDate',
    label: string,
    extra: Record<string, unknown> = {},
  ) => <TextInput label={label} {...form.getInputProps(k)} {...extra} />;

  return (
    <Card withBorder maw={960} component="form" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('employeeNumber', t('people.employeeNumber'), {
            required: true,
            description: t('people.employeeNumberHelp'),
          })}
          {text('email', t('people.email'), { type: 'email', autoComplete: 'off' })}
          {text('givenNameEn', t('people.givenNameEn'), { required: true })}
          {text('familyNameEn', t('people.familyNameEn'), { required: true })}
          {text('nameZh', t('people.nameZh'), { lang: 'zh-Hant' })}
          {text('hireDate', t('people.hireDate'), { type: 'date' })}
          <Select
            label={t('people.orgUnit')}
            required
            searchable
            {...form.getInputProps('orgUnitId')}
            data={unitData}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('people.manager')}
            clearable
            searchable
            {...form.getInputProps('managerId')}
            data={managerData}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('people.jobRole')}
            clearable
            searchable
            {...form.getInputProps('jobRoleId')}
            data={roleData}
          />
          <Select
            label={t('people.employmentType')}
            allowDeselect={false}
            {...form.getInputProps('employmentType')}
            data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: t(`employment.${v}`) }))}
          />
          <Select
            label={t('people.status')}
            allowDeselect={false}
            {...form.getInputProps('status')}
            data={PERSON_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))}
          />
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
