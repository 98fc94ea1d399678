import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobRole } from '@frontline/contract';
import { rules, useForm } from '../../../lib/form';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSaveJobRole } from '../hooks/useOrg';

const EMPTY = {
  code: '',
  nameEn: '',
  nameZh: '',
  description: '',
  performanceStandards: '',
  workOutputs: '',
};

/** Add a job role (role null) or change one: its performance standards and work outputs, one per line. */
export function JobRoleFormModal({
  opened,
  role,
  onClose,
}: {
  opened: boolean;
  role: JobRole | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveJobRole();
  const { values, errors, set, check, reset } = useForm(EMPTY, {
    code: [rules.required, rules.code],
    nameEn: [rules.required],
  });
  useEffect(() => {
    if (!opened) return;
    save.reset();
    reset(
      role
        ? {
            code: role.code,
            nameEn: role.nameEn,
            nameZh: role.nameZh ?? '',
            description: role.description,
            performanceStandards: role.performanceStandards,
            workOutputs: role.workOutputs,
          }
        : EMPTY,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fill the form when it opens
  }, [opened, role]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check()) return;
    save.mutate(
      {
        id: role?.id ?? null,
        body: {
          code: values.code.trim(),
          nameEn: values.nameEn.trim(),
          nameZh: values.nameZh.trim() || null,
          description: values.description,
          performanceStandards: values.performanceStandards,
          workOutputs: values.workOutputs,
        },
      },
      { onSuccess: onClose },
    );
  };
  const area = (k: 'description' | 'performanceStandards' | 'workOutputs', label: string, help?: string) => (
    <Textarea
      label={label}
      description={help}
      autosize
      minRows={3}
      maxRows={12}
      value={values[k]}
      onChange={(e) => set(k, e.currentTarget.value)}
    />
  );
  return (
    <Dialog opened={opened} onClose={onClose} title={role ? t('jobRoles.edit') : t('jobRoles.add')} size="xl">
      <form noValidate onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('orgUnits.code')}
              required
              value={values.code}
              error={errors.code && t(errors.code)}
              onChange={(e) => set('code', e.currentTarget.value)}
            />
            <TextInput
              label={t('orgUnits.nameEn')}
              required
              value={values.nameEn}
              error={errors.nameEn && t(errors.nameEn)}
              onChange={(e) => set('nameEn', e.currentTarget.value)}
            />
            <TextInput
              label={t('orgUnits.nameZh')}
              lang="zh-Hant"
              value={values.nameZh}
              onChange={(e) => set('nameZh', e.currentTarget.value)}
            />
          </SimpleGrid>
          {area('description', t('jobRoles.description'))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {area('performanceStandards', t('jobRoles.standards'), t('jobRoles.onePerLine'))}
            {area('workOutputs', t('jobRoles.outputs'), t('jobRoles.onePerLine'))}
          </SimpleGrid>
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
