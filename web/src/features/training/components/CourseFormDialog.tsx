import { Checkbox, Group, MultiSelect, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import {
  COURSE_CATEGORIES,
  CreateCourseBody,
  UpdateCourseBody,
  type Course,
  type CourseCategory,
} from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useSaveCourse } from '../hooks/useTraining';

const isCategory = (v: string | null): v is CourseCategory =>
  (COURSE_CATEGORIES as readonly (string | null)[]).includes(v);
const numberOrNull = (v: number | string) => (v === '' ? null : numberValue(v));

/** Adds a course to the catalogue or edits one (the code stays). */
export function CourseFormDialog({ course, onClose }: { course: Course | null; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const save = useSaveCourse();
  const form = useContractForm({
    schema: course ? UpdateCourseBody : CreateCourseBody,
    initialValues: {
      code: course?.code ?? '',
      titleEn: course?.titleEn ?? '',
      titleZh: course?.titleZh ?? '',
      category: (course?.category ?? 'service_skills') as string | null,
      description: course?.description ?? '',
      durationHours: (course?.durationHours ?? '') as number | string,
      passScore: (course?.passScore ?? '') as number | string,
      indicatorIds: course?.indicatorIds ?? [],
      active: course?.active ?? true,
    },
    toBody: (v): CreateCourseBody | UpdateCourseBody => {
      const body = {
        titleEn: v.titleEn.trim(),
        titleZh: v.titleZh.trim() || null,
        category: isCategory(v.category) ? v.category : 'service_skills',
        description: v.description,
        durationHours: numberOrNull(v.durationHours),
        passScore: numberOrNull(v.passScore),
        indicatorIds: v.indicatorIds,
      };
      return course ? { ...body, active: v.active } : { ...body, code: v.code.trim() };
    },
  });
  const submit = form.onSubmit((body) => {
    const done = { onSuccess: onClose, onError: form.applyServerErrors };
    if (course) save.mutate({ id: course.id, body: body as UpdateCourseBody }, done);
    else save.mutate({ id: null, body: body as CreateCourseBody }, done);
  });
  return (
    <Dialog
      opened
      onClose={onClose}
      title={course ? t('training.editCourse') : t('training.newCourse')}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('rewards.code')} required disabled={!!course} {...form.getInputProps('code')} />
          <TextInput label={t('training.titleEn')} required {...form.getInputProps('titleEn')} />
          <TextInput label={t('training.titleZh')} {...form.getInputProps('titleZh')} />
          <Select
            label={t('training.category')}
            allowDeselect={false}
            {...form.getInputProps('category')}
            data={COURSE_CATEGORIES.map((c) => ({ value: c, label: t(`training.cat.${c}`) }))}
          />
          <Textarea
            label={t('training.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group grow>
            <NumberInput
              label={t('training.durationHours')}
              min={0}
              {...form.getInputProps('durationHours')}
            />
            <NumberInput
              label={t('training.passScoreLabel')}
              min={0}
              max={100}
              {...form.getInputProps('passScore')}
            />
          </Group>
          <MultiSelect
            label={t('training.indicators')}
            searchable
            {...form.getInputProps('indicatorIds')}
            data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
          />
          {course && (
            <Checkbox label={t('rewards.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          )}
          <FormFooter
            error={save.error}
            pending={save.isPending}
            onCancel={onClose}
            submitLabel={t('common.save')}
          />
        </Stack>
      </form>
    </Dialog>
  );
}
