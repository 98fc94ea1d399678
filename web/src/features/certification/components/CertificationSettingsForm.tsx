import { Button, Group, NumberInput, Radio, Select, SimpleGrid, Stack } from '@mantine/core';
import {
  UNCERTIFIED_POLICIES,
  UpdateCertificationSettingsBody,
  type CertificationSettings,
  type UncertifiedPolicy,
} from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { numberValue, useContractForm } from '../../../lib/form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useCourseTitle } from '../../training/hooks/useCourseTitle';
import { useCourses } from '../../training/hooks/useTraining';
import { useUpdateCertificationSettings } from '../hooks/useCertification';

const numberOrNull = (v: number | string) => (v === '' ? null : numberValue(v));
const policyOf = (v: string): UncertifiedPolicy =>
  (UNCERTIFIED_POLICIES as readonly string[]).includes(v) ? (v as UncertifiedPolicy) : 'count_marked';

/**
 * The organisation's certification settings, for a lead: the assessor course, the calibration
 * threshold (alpha and/or bias; an empty one is not a criterion), how long a certification runs,
 * how early reminders go out, and whether an uncertified assessor's evaluations count.
 */
export function CertificationSettingsForm({ settings }: { settings: CertificationSettings }) {
  const { t } = useTranslation();
  const title = useCourseTitle();
  const courses = useCourses();
  const save = useUpdateCertificationSettings();
  const form = useContractForm({
    schema: UpdateCertificationSettingsBody,
    initialValues: {
      assessorCourseId: settings.assessorCourseId,
      minAlpha: (settings.minAlpha ?? '') as number | string,
      maxBiasPoints: (settings.maxBiasPoints ?? '') as number | string,
      validityMonths: settings.validityMonths as number | string,
      reminderDays: settings.reminderDays as number | string,
      uncertifiedPolicy: settings.uncertifiedPolicy as string,
    },
    toBody: (v) => ({
      assessorCourseId: v.assessorCourseId,
      minAlpha: numberOrNull(v.minAlpha),
      maxBiasPoints: numberOrNull(v.maxBiasPoints),
      validityMonths: numberValue(v.validityMonths),
      reminderDays: numberValue(v.reminderDays),
      uncertifiedPolicy: policyOf(v.uncertifiedPolicy),
    }),
  });
  const courseOptions = (courses.data ?? [])
    .filter((c) => c.active || c.id === settings.assessorCourseId)
    .map((c) => ({ value: c.id, label: `${title(c)} · ${c.code}` }));
  const submit = form.onSubmit((body) =>
    save.mutate(body, {
      onSuccess: (saved) =>
        form.resetDirty({ ...form.getValues(), assessorCourseId: saved.assessorCourseId }),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="certification-settings">
      <Stack>
        <Select
          label={t('certification.settings.course')}
          description={t('certification.settings.courseHint')}
          clearable
          searchable
          data={courseOptions}
          {...form.getInputProps('assessorCourseId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('certification.settings.minAlpha')}
            description={t('certification.settings.minAlphaHint')}
            min={-1}
            clampBehavior="none"
            max={1}
            step={0.05}
            decimalScale={3}
            {...form.getInputProps('minAlpha')}
          />
          <NumberInput
            label={t('certification.settings.maxBias')}
            description={t('certification.settings.maxBiasHint')}
            min={0}
            clampBehavior="none"
            max={100}
            decimalScale={2}
            {...form.getInputProps('maxBiasPoints')}
          />
          <NumberInput
            label={t('certification.settings.validityMonths')}
            required
            min={1}
            clampBehavior="none"
            max={120}
            allowDecimal={false}
            {...form.getInputProps('validityMonths')}
          />
          <NumberInput
            label={t('certification.settings.reminderDays')}
            description={t('certification.settings.reminderDaysHint')}
            required
            min={1}
            clampBehavior="none"
            max={365}
            allowDecimal={false}
            {...form.getInputProps('reminderDays')}
          />
        </SimpleGrid>
        <Radio.Group label={t('certification.settings.policy')} {...form.getInputProps('uncertifiedPolicy')}>
          <Stack gap="xs" mt="xs">
            {UNCERTIFIED_POLICIES.map((p) => (
              <Radio key={p} value={p} label={t(`certification.policy.${p}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={save.error} />
        {save.isSuccess && !form.isDirty() && <SuccessAlert title={t('certification.settings.saved')} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
