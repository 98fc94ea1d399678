import {
  Accordion,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePolicyBody, NewPolicyVersionBody, POLICY_KINDS, type PolicyKind } from '@frontline/contract';
import { useContractForm } from '../../../lib/form';
import { localName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePolicies, usePolicyVersions, useSavePolicy } from '../hooks/useIndicators';

const EMPTY = {
  code: '',
  kind: 'service_standard' as string | null,
  titleEn: '',
  titleZh: '',
  bodyEn: '',
  bodyZh: '',
  effectiveFrom: '',
};
type Values = typeof EMPTY;
const kindOf = (v: string | null): PolicyKind =>
  v === 'business_policy' ? 'business_policy' : 'service_standard';
const textOf = (f: Values): NewPolicyVersionBody => ({
  titleEn: f.titleEn,
  titleZh: f.titleZh || null,
  bodyEn: f.bodyEn,
  bodyZh: f.bodyZh || null,
  effectiveFrom: f.effectiveFrom,
});

/** Title, body and effective date, in both languages: a new policy or a new version of one. */
function PolicyTextForm({ policyId, onDone }: { policyId?: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const save = useSavePolicy();
  const form = useContractForm({
    schema: policyId ? NewPolicyVersionBody : CreatePolicyBody,
    initialValues: EMPTY,
    toBody: (f): CreatePolicyBody | NewPolicyVersionBody =>
      policyId ? textOf(f) : { ...textOf(f), code: f.code, kind: kindOf(f.kind) },
  });
  const submit = form.onSubmit((body) => {
    const done = {
      onSuccess: () => {
        form.reset();
        onDone?.();
      },
      onError: form.applyServerErrors,
    };
    if (policyId) save.mutate({ id: policyId, body: body as NewPolicyVersionBody }, done);
    else save.mutate({ id: null, body: body as CreatePolicyBody }, done);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!policyId && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('orgUnits.code')} required {...form.getInputProps('code')} />
            <Select
              label={t('policies.kindLabel')}
              data={POLICY_KINDS.map((k) => ({ value: k, label: t(`policies.kind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('policies.titleEn')} required {...form.getInputProps('titleEn')} />
          <TextInput label={t('policies.titleZh')} {...form.getInputProps('titleZh')} />
          <Textarea
            label={t('policies.bodyEn')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('bodyEn')}
          />
          <Textarea label={t('policies.bodyZh')} autosize minRows={3} {...form.getInputProps('bodyZh')} />
          <TextInput
            label={t('policies.effectiveFrom')}
            type="date"
            required
            {...form.getInputProps('effectiveFrom')}
          />
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {policyId ? t('policies.saveVersion') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Versions({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const versions = usePolicyVersions(id);
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">#</Table.Th>
          <Table.Th scope="col">{t('policies.effectiveFrom')}</Table.Th>
          <Table.Th scope="col">{t('policies.titleEn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(versions.data ?? []).map((v) => (
          <Table.Tr key={v.version}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{v.effectiveFrom}</Table.Td>
            <Table.Td>{localName(v.titleEn, v.titleZh, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function PoliciesAdmin({ canWrite }: { canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const policies = usePolicies();
  const [revising, setRevising] = useState<string | null>(null);
  return (
    <>
      {canWrite && (
        <Card withBorder mb="md">
          <Title order={2} size="h4" mb="sm">
            {t('policies.add')}
          </Title>
          <PolicyTextForm />
        </Card>
      )}
      <ErrorAlert error={policies.error} />
      <Accordion variant="separated">
        {(policies.data ?? []).map((p) => (
          <Accordion.Item key={p.id} value={p.id}>
            <Accordion.Control>
              <Group>
                <Text fw={600}>{localName(p.current.titleEn, p.current.titleZh, i18n.language)}</Text>
                <Badge variant="light" autoContrast tt="none">
                  {t(`policies.kind.${p.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('policies.version', { version: p.current.version, date: p.current.effectiveFrom })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack>
                <Text style={{ whiteSpace: 'pre-line' }}>
                  {localName(p.current.bodyEn, p.current.bodyZh, i18n.language)}
                </Text>
                {p.versions > 1 && <Versions id={p.id} />}
                {canWrite &&
                  (revising === p.id ? (
                    <PolicyTextForm policyId={p.id} onDone={() => setRevising(null)} />
                  ) : (
                    <Group>
                      <Button variant="light" onClick={() => setRevising(p.id)}>
                        {t('policies.newVersion')}
                      </Button>
                    </Group>
                  ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </>
  );
}
