import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateJobRoleBody, type JobRole } from '@frontline/contract';
import { useContractForm } from '../../../lib/form';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { useSaveJobRole } from '../hooks/useOrg';

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
  return (
    <Dialog opened={opened} onClose={onClose} title={role ? t('jobRoles.edit') : t('jobRoles.add')} size="xl">
      <JobRoleForm key={role?.id ?? 'new'} role={role} onClose={onClose} />
    </Dialog>
  );
}

/** The dialog's content: mounted each time it opens, so it starts from the role's current values. */
function JobRoleForm({ role, onClose }: { role: JobRole | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveJobRole();
  const form = useContractForm({
    schema: CreateJobRoleBody,
    initialValues: {
      code: role?.code ?? '',
      nameEn: role?.nameEn ?? '',
      nameZh: role?.nameZh ?? '',
      description: role?.description ?? '',
      performanceStandards: role?.performanceStandards ?? '',
      workOutputs: role?.workOutputs ?? '',
    },
    toBody: (v) => ({
      code: v.code.trim(),
      nameEn: v.nameEn.trim(),
      nameZh: v.nameZh.trim() || null,
      description: v.description,
      performanceStandards: v.performanceStandards,
      workOutputs: v.workOutputs,
    }),
  });
  const submit = form.onSubmit((body) =>
    save.mutate({ id: role?.id ?? null, body }, { onSuccess: onClose, onError: form.applyServerErrors }),
  );
  const area = (k: 'description' | 'performanceStandards' | 'workOutputs', label: string, help?: string) => (
    <Textarea label={label} description={help} autosize minRows={3} maxRows={12} {...form.getInputProps(k)} />
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('orgUnits.code')} required {...form.getInputProps('code')} />
          <TextInput label={t('orgUnits.nameEn')} required {...form.getInputProps('nameEn')} />
          <TextInput label={t('orgUnits.nameZh')} lang="zh-Hant" {...form.getInputProps('nameZh')} />
        </SimpleGrid>
        {area('description', t('jobRoles.description'))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {area('performanceStandards', t('jobRoles.standards'), t('jobRoles.onePerLine'))}
          {area('workOutputs', t('jobRoles.outputs'), t('jobRoles.onePerLine'))}
        </SimpleGrid>
        <FormFooter
          error={save.error}
          pending={save.isPending}
          onCancel={onClose}
          submitLabel={t('common.save')}
        />
      </Stack>
    </form>
  );
}
