import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Person } from '@frontline/contract';
import { patch, post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useJobRoles, useOrgUnits } from '../org/api';
import { usePeople, usePerson } from './api';

const EMPTY = {
  employeeNumber: '',
  givenNameEn: '',
  familyNameEn: '',
  nameZh: '',
  email: '',
  orgUnitId: '',
  managerId: '',
  jobRoleId: '',
  employmentType: 'full_time',
  hireDate: '',
  status: 'active',
};

export function PersonFormPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const existing = usePerson(id);
  const units = useOrgUnits();
  const roles = useJobRoles();
  const everyone = usePeople({ limit: 500 });
  const [f, setF] = useState(EMPTY);
  useEffect(() => {
    const p = existing.data;
    if (p) {
      setF({
        employeeNumber: p.employeeNumber,
        givenNameEn: p.givenNameEn,
        familyNameEn: p.familyNameEn,
        nameZh: p.nameZh ?? '',
        email: p.email ?? '',
        orgUnitId: p.orgUnitId,
        managerId: p.managerId ?? '',
        jobRoleId: p.jobRoleId ?? '',
        employmentType: p.employmentType,
        hireDate: p.hireDate ?? '',
        status: p.status,
      });
    }
  }, [existing.data]);
  const body = {
    employeeNumber: f.employeeNumber,
    givenNameEn: f.givenNameEn,
    familyNameEn: f.familyNameEn,
    nameZh: f.nameZh || null,
    email: f.email || null,
    orgUnitId: f.orgUnitId,
    managerId: f.managerId || null,
    jobRoleId: f.jobRoleId || null,
    employmentType: f.employmentType,
    hireDate: f.hireDate || null,
    status: f.status,
  };
  const save = useMutation({
    mutationFn: () =>
      id ? patch<Person>(`/api/v1/people/${id}`, body) : post<Person>('/api/v1/people', body),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: ['people'] });
      await qc.invalidateQueries({ queryKey: ['person', p.id] });
      void navigate(`/people/${p.id}`);
    },
  });
  const text = (k: keyof typeof EMPTY, label: string, required = false, type = 'text') => (
    <TextInput
      label={label}
      required={required}
      type={type}
      value={f[k]}
      onChange={(e) => setF({ ...f, [k]: e.currentTarget.value })}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <>
      <PageTitle>{id ? t('people.edit') : t('people.add')}</PageTitle>
      <Card withBorder maw={900} component="form" onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('employeeNumber', t('people.employeeNumber'), true)}
            {text('email', t('people.email'), false, 'email')}
            {text('givenNameEn', t('people.givenNameEn'), true)}
            {text('familyNameEn', t('people.familyNameEn'), true)}
            {text('nameZh', t('people.nameZh'))}
            {text('hireDate', t('people.hireDate'), false, 'date')}
            <Select
              label={t('people.orgUnit')}
              required
              searchable
              value={f.orgUnitId || null}
              onChange={(v) => setF({ ...f, orgUnitId: v ?? '' })}
              data={(units.data ?? []).map((u) => ({
                value: u.id,
                label: `${localName(u.nameEn, u.nameZh, i18n.language)} (${u.code})`,
              }))}
            />
            <Select
              label={t('people.manager')}
              clearable
              searchable
              value={f.managerId || null}
              onChange={(v) => setF({ ...f, managerId: v ?? '' })}
              data={(everyone.data?.items ?? [])
                .filter((p) => p.id !== id)
                .map((p) => ({
                  value: p.id,
                  label: `${localName(p.nameEn, p.nameZh, i18n.language)} (${p.employeeNumber})`,
                }))}
            />
            <Select
              label={t('people.jobRole')}
              clearable
              value={f.jobRoleId || null}
              onChange={(v) => setF({ ...f, jobRoleId: v ?? '' })}
              data={(roles.data ?? []).map((r) => ({
                value: r.id,
                label: localName(r.nameEn, r.nameZh, i18n.language),
              }))}
            />
            <Select
              label={t('people.employmentType')}
              value={f.employmentType}
              onChange={(v) => setF({ ...f, employmentType: v ?? 'full_time' })}
              data={['full_time', 'part_time', 'casual', 'contract'].map((v) => ({
                value: v,
                label: t(`employment.${v}`),
              }))}
            />
            <Select
              label={t('people.status')}
              value={f.status}
              onChange={(v) => setF({ ...f, status: v ?? 'active' })}
              data={['active', 'on_leave', 'left'].map((v) => ({ value: v, label: t(`status.${v}`) }))}
            />
          </SimpleGrid>
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => void navigate(-1)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </>
  );
}
