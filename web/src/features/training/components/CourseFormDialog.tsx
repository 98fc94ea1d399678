import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { COURSE_CATEGORIES, type Course, type CourseCategory } from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useSaveCourse } from '../hooks/useTraining';

/** Adds a course to the catalogue or edits one (the code stays). */
export function CourseFormDialog({ course, onClose }: { course: Course | null; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const save = useSaveCourse();
  const [f, setF] = useState({
    code: course?.code ?? '',
    titleEn: course?.titleEn ?? '',
    titleZh: course?.titleZh ?? '',
    category: (course?.category ?? 'service_skills') as CourseCategory,
    description: course?.description ?? '',
    durationHours: (course?.durationHours ?? '') as number | string,
    passScore: (course?.passScore ?? '') as number | string,
    indicatorIds: course?.indicatorIds ?? [],
    active: course?.active ?? true,
  });
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!f.titleEn.trim() || (!course && !f.code.trim())) {
      setMissing(true);
      return;
    }
    const body = {
      titleEn: f.titleEn.trim(),
      titleZh: f.titleZh.trim() || null,
      category: f.category,
      description: f.description,
      durationHours: typeof f.durationHours === 'number' ? f.durationHours : null,
      passScore: typeof f.passScore === 'number' ? f.passScore : null,
      indicatorIds: f.indicatorIds,
    };
    if (course) save.mutate({ id: course.id, body: { ...body, active: f.active } }, { onSuccess: onClose });
    else save.mutate({ id: null, body: { ...body, code: f.code.trim() } }, { onSuccess: onClose });
  };
  const req = (v: string) => (missing && !v.trim() ? t('validation.required') : undefined);
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
          <TextInput
            label={t('rewards.code')}
            required
            disabled={!!course}
            value={f.code}
            onChange={(e) => setF({ ...f, code: e.currentTarget.value })}
            error={course ? undefined : req(f.code)}
          />
          <TextInput
            label={t('training.titleEn')}
            required
            value={f.titleEn}
            onChange={(e) => setF({ ...f, titleEn: e.currentTarget.value })}
            error={req(f.titleEn)}
          />
          <TextInput
            label={t('training.titleZh')}
            value={f.titleZh}
            onChange={(e) => setF({ ...f, titleZh: e.currentTarget.value })}
          />
          <Select
            label={t('training.category')}
            allowDeselect={false}
            value={f.category}
            onChange={(v) => setF({ ...f, category: (v as CourseCategory | null) ?? f.category })}
            data={COURSE_CATEGORIES.map((c) => ({ value: c, label: t(`training.cat.${c}`) }))}
          />
          <Textarea
            label={t('training.description')}
            autosize
            minRows={2}
            value={f.description}
            onChange={(e) => setF({ ...f, description: e.currentTarget.value })}
          />
          <Group grow>
            <NumberInput
              label={t('training.durationHours')}
              min={0}
              value={f.durationHours}
              onChange={(v) => setF({ ...f, durationHours: v })}
            />
            <NumberInput
              label={t('training.passScoreLabel')}
              min={0}
              max={100}
              value={f.passScore}
              onChange={(v) => setF({ ...f, passScore: v })}
            />
          </Group>
          <MultiSelect
            label={t('training.indicators')}
            searchable
            value={f.indicatorIds}
            onChange={(v) => setF({ ...f, indicatorIds: v })}
            data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
          />
          {course && (
            <Checkbox
              label={t('rewards.active')}
              checked={f.active}
              onChange={(e) => setF({ ...f, active: e.currentTarget.checked })}
            />
          )}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
