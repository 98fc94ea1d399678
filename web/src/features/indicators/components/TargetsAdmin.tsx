import {
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateTargetBody, type Target } from '@frontline/contract';
import { numberValue, useContractForm } from '../../../lib/form';
import { localName } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatValue } from '../utils/format';
import { useJobRoles, useOrgUnits } from '../../org/hooks/useOrg';
import { useCreateTarget, useDeleteTarget, useIndicators, useTargets } from '../hooks/useIndicators';

/** Standard and stretch targets per indicator, for a job role or an org unit, with effective dates. */
export function TargetsAdmin({ canWrite }: { canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const targets = useTargets();
  const indicators = useIndicators();
  const roles = useJobRoles();
  const units = useOrgUnits();
  const form = useContractForm({
    schema: CreateTargetBody,
    initialValues: {
      scope: 'role' as string,
      indicatorId: null as string | null,
      jobRoleId: null as string | null,
      orgUnitId: null as string | null,
      standard: '' as number | string,
      stretch: '' as number | string,
      effectiveFrom: '',
      effectiveTo: '',
    },
    toBody: (f) => ({
      indicatorId: f.indicatorId ?? '',
      ...(f.scope === 'role' ? { jobRoleId: f.jobRoleId } : { orgUnitId: f.orgUnitId }),
      standard: numberValue(f.standard),
      stretch: f.stretch === '' ? null : numberValue(f.stretch),
      effectiveFrom: f.effectiveFrom,
      effectiveTo: f.effectiveTo || null,
    }),
    // A target applies to a job role or to an org unit: the one chosen must be named.
    extra: (f) =>
      f.scope === 'role' && !f.jobRoleId
        ? { jobRoleId: 'validation.required' }
        : f.scope === 'unit' && !f.orgUnitId
          ? { orgUnitId: 'validation.required' }
          : {},
  });
  const scope = form.values.scope;
  const save = useCreateTarget();
  const remove = useDeleteTarget();
  const lang = i18n.language;
  const ind = (id: string) => indicators.data?.find((i) => i.id === id);
  const indicatorName = (id: string) => {
    const i = ind(id);
    return i ? localName(i.nameEn, i.nameZh, lang) : '—';
  };
  const scopeName = (x: Target) => {
    if (x.jobRoleId) {
      const r = roles.data?.find((j) => j.id === x.jobRoleId);
      return r ? `${t('targets.jobRole')}: ${localName(r.nameEn, r.nameZh, lang)}` : '—';
    }
    const u = units.data?.find((o) => o.id === x.orgUnitId);
    return u ? `${t('targets.orgUnit')}: ${localName(u.nameEn, u.nameZh, lang)}` : '—';
  };
  const submit = form.onSubmit((body) => save.mutate(body, { onError: form.applyServerErrors }));
  return (
    <>
      <Stack>
        {canWrite && (
          <Card withBorder component="form" onSubmit={submit} noValidate>
            <Title order={2} size="h4" mb="sm">
              {t('targets.add')}
            </Title>
            <Stack>
              <SegmentedControl
                aria-label={t('targets.appliesTo')}
                {...form.getInputProps('scope')}
                data={[
                  { value: 'role', label: t('targets.jobRole') },
                  { value: 'unit', label: t('targets.orgUnit') },
                ]}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('goals.indicator')}
                  required
                  searchable
                  {...form.getInputProps('indicatorId')}
                  data={(indicators.data ?? []).map((i) => ({
                    value: i.id,
                    label: localName(i.nameEn, i.nameZh, lang),
                  }))}
                />
                {scope === 'role' ? (
                  <Select
                    label={t('targets.jobRole')}
                    required
                    {...form.getInputProps('jobRoleId')}
                    data={(roles.data ?? []).map((r) => ({
                      value: r.id,
                      label: localName(r.nameEn, r.nameZh, lang),
                    }))}
                  />
                ) : (
                  <Select
                    label={t('targets.orgUnit')}
                    required
                    searchable
                    {...form.getInputProps('orgUnitId')}
                    data={(units.data ?? []).map((u) => ({
                      value: u.id,
                      label: localName(u.nameEn, u.nameZh, lang),
                    }))}
                  />
                )}
                <NumberInput
                  label={t('targets.standard')}
                  required
                  {...form.getInputProps('standard')}
                  decimalScale={4}
                />
                <NumberInput
                  label={t('targets.stretch')}
                  {...form.getInputProps('stretch')}
                  decimalScale={4}
                />
                <TextInput
                  label={t('policies.effectiveFrom')}
                  type="date"
                  required
                  {...form.getInputProps('effectiveFrom')}
                />
                <TextInput
                  label={t('targets.effectiveTo')}
                  type="date"
                  {...form.getInputProps('effectiveTo')}
                />
              </SimpleGrid>
              <ErrorAlert error={save.error} />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </Card>
        )}
        <ErrorAlert error={targets.error ?? remove.error} />
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('goals.indicator')}</Table.Th>
              <Table.Th scope="col">{t('targets.appliesTo')}</Table.Th>
              <Table.Th scope="col">{t('targets.standard')}</Table.Th>
              <Table.Th scope="col">{t('targets.stretch')}</Table.Th>
              <Table.Th scope="col">{t('goals.period')}</Table.Th>
              {canWrite && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(targets.data ?? []).map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{indicatorName(x.indicatorId)}</Table.Td>
                <Table.Td>{scopeName(x)}</Table.Td>
                <Table.Td>{formatValue(x.standard, ind(x.indicatorId), lang)}</Table.Td>
                <Table.Td>{formatValue(x.stretch, ind(x.indicatorId), lang)}</Table.Td>
                <Table.Td>
                  {x.effectiveFrom} – {x.effectiveTo ?? ''}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      title={t('targets.deleteTitle')}
                      message={t('targets.deleteText')}
                      onConfirm={() => remove.mutate(x.id)}
                    >
                      {t('common.delete')}
                    </ConfirmButton>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </>
  );
}
