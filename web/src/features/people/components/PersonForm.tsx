import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENT_TYPES, PERSON_STATUSES, type Person } from '@frontline/contract';
import { useForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useJobRoles, useOrgUnits } from '../../org/hooks/useOrg';
import { unitOptions } from '../../org/utils/tree';
import { useEveryone, useSavePerson } from '../hooks/usePeople';
import { EMPTY_PERSON, PERSON_RULES, personToValues, valuesToBody } from '../utils/person-form';

/** Create (no person) or edit a person. Required fields are checked here and again by the API. */
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
  const { values, errors, set, check, reset } = useForm(EMPTY_PERSON, PERSON_RULES);
  useEffect(() => {
    if (person) reset(personToValues(person));
  }, [person, reset]);

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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check()) return;
    save.mutate({ id: person?.id ?? null, body: valuesToBody(values) }, { onSuccess: onSaved });
  };
  const err = (k: keyof typeof values) => (errors[k] ? t(errors[k]) : undefined);
  const text = (k: keyof typeof values, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={values[k]}
      error={err(k)}
      onChange={(e) => set(k, e.currentTarget.value)}
      {...extra}
    />
  );

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
            value={values.orgUnitId || null}
            error={err('orgUnitId')}
            onChange={(v) => set('orgUnitId', v ?? '')}
            data={unitData}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('people.manager')}
            clearable
            searchable
            value={values.managerId || null}
            onChange={(v) => set('managerId', v ?? '')}
            data={managerData}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('people.jobRole')}
            clearable
            searchable
            value={values.jobRoleId || null}
            onChange={(v) => set('jobRoleId', v ?? '')}
            data={roleData}
          />
          <Select
            label={t('people.employmentType')}
            allowDeselect={false}
            value={values.employmentType}
            onChange={(v) => set('employmentType', v ?? 'full_time')}
            data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: t(`employment.${v}`) }))}
          />
          <Select
            label={t('people.status')}
            allowDeselect={false}
            value={values.status}
            onChange={(v) => set('status', v ?? 'active')}
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
