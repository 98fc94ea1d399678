import {
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { CreateReviewCycleBody, REVIEW_STATUSES, type ReviewCycle } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { Section } from '../../../ui/Section';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useJobRoles, useOrgUnits } from '../../org/hooks/useOrg';
import {
  useCreateCycle,
  useCycleProgress,
  useLaunchCycle,
  useReviewCycles,
  useReviewTemplates,
} from '../hooks/useReviews';

/** HR's review cycles: create one, launch it, follow its progress. */
export function ReviewCycles() {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const cycles = useReviewCycles();
  const launch = useLaunchCycle();
  return (
    <Stack>
      <Section title={t('reviews.cycles.title')}>
        <ErrorAlert error={cycles.error ?? launch.error} />
        {!cycles.data ? (
          !cycles.error && <Loading />
        ) : cycles.data.length === 0 ? (
          <Text c="dimmed">{t('reviews.cycles.none')}</Text>
        ) : (
          <ScrollRegion label={t('reviews.tableOf', { name: t('reviews.cycles.title') })}>
            <Table miw={640} striped withTableBorder verticalSpacing="sm">
              <Table.Caption>{t('reviews.cycles.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviews.cycle')}</Table.Th>
                  <Table.Th>{t('reviews.cycles.period')}</Table.Th>
                  <Table.Th>{t('reviews.cycles.status')}</Table.Th>
                  <Table.Th>{t('reviews.cycles.reviews')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cycles.data.map((c: ReviewCycle) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      {c.status === 'draft' ? (
                        name(c.nameEn, c.nameZh)
                      ) : (
                        <Anchor component={Link} to={`/review-cycles/${c.id}`}>
                          {name(c.nameEn, c.nameZh)}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {formatDate(c.periodFrom, i18n.language)} – {formatDate(c.periodTo, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge value={c.status} label={t(`reviews.cycles.statuses.${c.status}`)} />
                    </Table.Td>
                    <Table.Td>{c.reviews}</Table.Td>
                    <Table.Td>
                      {c.status === 'draft' && (
                        <Button size="xs" loading={launch.isPending} onClick={() => launch.mutate(c.id)}>
                          {t('reviews.cycles.launch')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Section>
      <Section title={t('reviews.cycles.new')}>
        <NewCycleForm />
      </Section>
    </Stack>
  );
}

function NewCycleForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const templates = useReviewTemplates();
  const units = useOrgUnits();
  const roles = useJobRoles();
  const create = useCreateCycle();
  const form = useContractForm({
    schema: CreateReviewCycleBody,
    initialValues: {
      nameEn: '',
      nameZh: '',
      periodFrom: '',
      periodTo: '',
      templateId: null as string | null,
      orgUnitIds: [] as string[],
      jobRoleIds: [] as string[],
      hiredOnOrBefore: '',
      selfDue: '',
      managerDue: '',
      calibrationDue: '',
      signOffDue: '',
    },
    toBody: (f) => ({
      nameEn: f.nameEn.trim(),
      nameZh: f.nameZh.trim(),
      periodFrom: f.periodFrom,
      periodTo: f.periodTo,
      templateId: f.templateId ?? '',
      population: {
        orgUnitIds: f.orgUnitIds,
        jobRoleIds: f.jobRoleIds,
        hiredOnOrBefore: f.hiredOnOrBefore || null,
      },
      selfDue: f.selfDue,
      managerDue: f.managerDue,
      calibrationDue: f.calibrationDue,
      signOffDue: f.signOffDue,
    }),
    fields: { population: 'orgUnitIds' },
  });
  const date = (
    k:
      | 'periodFrom'
      | 'periodTo'
      | 'selfDue'
      | 'managerDue'
      | 'calibrationDue'
      | 'signOffDue'
      | 'hiredOnOrBefore',
  ) => (
    <TextInput
      type="date"
      label={t(`reviews.cycles.${k}`)}
      required={k !== 'hiredOnOrBefore'}
      {...form.getInputProps(k)}
    />
  );
  return (
    <Card
      withBorder
      component="form"
      noValidate
      onSubmit={form.onSubmit((body) =>
        create.mutate(body, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
      )}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('reviews.cycles.nameEn')} required {...form.getInputProps('nameEn')} />
          <TextInput label={t('reviews.cycles.nameZh')} required {...form.getInputProps('nameZh')} />
          {date('periodFrom')}
          {date('periodTo')}
        </SimpleGrid>
        <Select
          label={t('reviews.cycles.template')}
          required
          data={(templates.data ?? [])
            .filter((x) => x.active)
            .map((x) => ({ value: x.id, label: name(x.titleEn, x.titleZh) }))}
          {...form.getInputProps('templateId')}
        />
        <MultiSelect
          label={t('reviews.cycles.units')}
          description={t('reviews.cycles.unitsHelp')}
          searchable
          data={(units.data ?? []).map((u) => ({ value: u.id, label: name(u.nameEn, u.nameZh) }))}
          {...form.getInputProps('orgUnitIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('reviews.cycles.roles')}
            description={t('reviews.cycles.rolesHelp')}
            searchable
            data={(roles.data ?? []).map((r) => ({ value: r.id, label: name(r.nameEn, r.nameZh) }))}
            {...form.getInputProps('jobRoleIds')}
          />
          {date('hiredOnOrBefore')}
          {date('selfDue')}
          {date('managerDue')}
          {date('calibrationDue')}
          {date('signOffDue')}
        </SimpleGrid>
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('reviews.cycles.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A launched cycle's progress: reviews per stage per unit, the overdue and those without a reviewer. */
export function CycleProgress({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const p = useCycleProgress(cycleId);
  if (!p.data) return p.error ? <ErrorAlert error={p.error} /> : <Loading />;
  const rows = [
    ...p.data.rows,
    { ...p.data.totals, orgUnitName: t('reviews.progress.total'), orgUnitNameZh: null },
  ];
  return (
    <ScrollRegion label={t('reviews.progress.caption')}>
      <Table miw={640} striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{t('reviews.progress.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reviews.progress.unit')}</Table.Th>
            {REVIEW_STATUSES.map((s) => (
              <Table.Th key={s}>{t(`reviews.status.${s}`)}</Table.Th>
            ))}
            <Table.Th>{t('reviews.overdue')}</Table.Th>
            <Table.Th>{t('reviews.noReviewer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i} fw={i === rows.length - 1 ? 700 : undefined}>
              <Table.Td>{name(r.orgUnitName, r.orgUnitNameZh)}</Table.Td>
              {REVIEW_STATUSES.map((s) => (
                <Table.Td key={s}>{r.counts[s] ?? 0}</Table.Td>
              ))}
              <Table.Td c={r.overdue ? 'red.8' : undefined}>{r.overdue}</Table.Td>
              <Table.Td>{r.noReviewer}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
