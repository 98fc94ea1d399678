import {
  Box,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DutyInput } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { DataTable } from '../../../ui/DataTable';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useCourses } from '../../training/hooks/useTraining';
import { useScorecards } from '../../assessments/hooks/useAssessments';
import { useCreateDuty, useDuties } from '../hooks/useRostering';

/** The duties of a site (what must be covered, to which standard) and a form to add one. */
export function DutiesAdmin({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const duties = useDuties(unitId);
  const indicators = useIndicators();
  const create = useCreateDuty();
  const courses = useCourses();
  const scorecards = useScorecards();
  const courseCode = new Map((courses.data ?? []).map((c) => [c.id, c.code]));
  const scorecardCode = new Map((scorecards.data ?? []).map((s) => [s.id, s.code]));
  const form = useContractForm({
    schema: DutyInput,
    initialValues: {
      code: '',
      nameEn: '',
      nameZh: '',
      minLevel: '1',
      standard: '',
      outputs: '',
      indicatorIds: [] as string[],
      trainingCourseIds: [] as string[],
      assessmentScorecardIds: [] as string[],
      assessmentPassPercent: 80 as number | string,
    },
    toBody: (f) => ({
      unitId,
      code: f.code.trim(),
      nameEn: f.nameEn.trim(),
      nameZh: f.nameZh.trim(),
      minLevel: Number(f.minLevel),
      standard: f.standard.trim(),
      outputs: f.outputs.trim(),
      indicatorIds: f.indicatorIds,
      trainingCourseIds: f.trainingCourseIds,
      assessmentScorecardIds: f.assessmentScorecardIds,
      assessmentPassPercent: Number(f.assessmentPassPercent),
    }),
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Stack>
      <DataTable
        caption={t('rostering.setup.duties')}
        columns={[
          { header: t('rostering.setup.code'), cell: (d) => d.code },
          { header: t('rostering.name'), cell: (d) => name(d.nameEn, d.nameZh) },
          { header: t('rostering.setup.minLevel'), cell: (d) => d.minLevel },
          { header: t('rostering.setup.standard'), cell: (d) => d.standard || '—' },
          { header: t('rostering.setup.indicators'), cell: (d) => d.indicatorCodes.join(', ') || '—' },
          {
            header: t('rostering.setup.qualifies'),
            cell: (d) =>
              [
                ...d.trainingCourseIds.map((id) => courseCode.get(id) ?? ''),
                ...d.assessmentScorecardIds.map(
                  (id) => `${scorecardCode.get(id) ?? ''} ≥ ${d.assessmentPassPercent}%`,
                ),
              ]
                .filter(Boolean)
                .join(', ') || '—',
          },
        ]}
        rows={duties.data}
        error={duties.error}
        rowKey={(d) => d.id}
        empty={t('rostering.setup.noDuties')}
        minWidth={560}
      />
      <Box component="form" onSubmit={submit} noValidate maw={720} aria-labelledby="duty-add">
        <Stack>
          <Title order={3} size="h5" id="duty-add">
            {t('rostering.setup.addDuty')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('rostering.setup.code')} required miw={120} {...form.getInputProps('code')} />
            <Select
              label={t('rostering.setup.minLevel')}
              description={t('rostering.setup.levelHelp')}
              data={['1', '2', '3'].map((v) => ({ value: v, label: t(`rostering.level.${v}`) }))}
              allowDeselect={false}
              miw={160}
              {...form.getInputProps('minLevel')}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('rostering.setup.nameEn')}
              required
              miw={200}
              {...form.getInputProps('nameEn')}
            />
            <TextInput
              label={t('rostering.setup.nameZh')}
              required
              miw={200}
              {...form.getInputProps('nameZh')}
            />
          </Group>
          <Textarea
            label={t('rostering.setup.standard')}
            description={t('rostering.setup.standardHelp')}
            autosize
            minRows={2}
            {...form.getInputProps('standard')}
          />
          <Textarea
            label={t('rostering.setup.outputs')}
            autosize
            minRows={2}
            {...form.getInputProps('outputs')}
          />
          <MultiSelect
            label={t('rostering.setup.indicators')}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={(indicators.data ?? []).map((i) => ({
              value: i.id,
              label: `${i.code} · ${name(i.nameEn, i.nameZh)}`,
            }))}
            {...form.getInputProps('indicatorIds')}
          />
          <MultiSelect
            label={t('rostering.setup.courses')}
            description={t('rostering.setup.coursesHelp')}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={(courses.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.code} · ${name(c.titleEn, c.titleZh ?? c.titleEn)}`,
            }))}
            {...form.getInputProps('trainingCourseIds')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <MultiSelect
              label={t('rostering.setup.scorecards')}
              description={t('rostering.setup.scorecardsHelp')}
              searchable
              miw={240}
              nothingFoundMessage={t('common.nothingFound')}
              data={(scorecards.data ?? []).map((s) => ({
                value: s.id,
                label: `${s.code} · ${name(s.titleEn, s.titleZh)}`,
              }))}
              {...form.getInputProps('assessmentScorecardIds')}
            />
            <NumberInput
              label={t('rostering.setup.passPercent')}
              min={1}
              max={100}
              suffix="%"
              miw={140}
              {...form.getInputProps('assessmentPassPercent')}
            />
          </Group>
          <ErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('rostering.setup.addDuty')}
          </Button>
        </Stack>
      </Box>
    </Stack>
  );
}
