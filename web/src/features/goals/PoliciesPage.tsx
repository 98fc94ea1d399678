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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_KINDS, type Policy, type PolicyVersion } from '@frontline/contract';
import { get, post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { usePolicies } from './api';

const TEXT = { titleEn: '', titleZh: '', bodyEn: '', bodyZh: '', effectiveFrom: '' };

/** Title, body and effective date, in both languages: a new policy or a new version of one. */
function PolicyTextForm({ policyId, onDone }: { policyId?: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [f, setF] = useState({ ...TEXT, code: '', kind: 'service_standard' });
  const save = useMutation({
    mutationFn: () => {
      const text = {
        titleEn: f.titleEn,
        titleZh: f.titleZh || null,
        bodyEn: f.bodyEn,
        bodyZh: f.bodyZh || null,
        effectiveFrom: f.effectiveFrom,
      };
      return policyId
        ? post<Policy>(`/api/v1/policies/${policyId}/versions`, text)
        : post<Policy>('/api/v1/policies', { ...text, code: f.code, kind: f.kind });
    },
    onSuccess: async () => {
      setF({ ...TEXT, code: '', kind: 'service_standard' });
      await qc.invalidateQueries({ queryKey: ['policies'] });
      await qc.invalidateQueries({ queryKey: ['policy-versions'] });
      onDone?.();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Stack component="form" onSubmit={submit}>
      {!policyId && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('orgUnits.code')}
            required
            value={f.code}
            onChange={(e) => setF({ ...f, code: e.currentTarget.value })}
          />
          <Select
            label={t('policies.kindLabel')}
            value={f.kind}
            onChange={(v) => setF({ ...f, kind: v ?? 'service_standard' })}
            data={POLICY_KINDS.map((k) => ({ value: k, label: t(`policies.kind.${k}`) }))}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('policies.titleEn')}
          required
          value={f.titleEn}
          onChange={(e) => setF({ ...f, titleEn: e.currentTarget.value })}
        />
        <TextInput
          label={t('policies.titleZh')}
          value={f.titleZh}
          onChange={(e) => setF({ ...f, titleZh: e.currentTarget.value })}
        />
        <Textarea
          label={t('policies.bodyEn')}
          required
          autosize
          minRows={3}
          value={f.bodyEn}
          onChange={(e) => setF({ ...f, bodyEn: e.currentTarget.value })}
        />
        <Textarea
          label={t('policies.bodyZh')}
          autosize
          minRows={3}
          value={f.bodyZh}
          onChange={(e) => setF({ ...f, bodyZh: e.currentTarget.value })}
        />
        <TextInput
          label={t('policies.effectiveFrom')}
          type="date"
          required
          value={f.effectiveFrom}
          onChange={(e) => setF({ ...f, effectiveFrom: e.currentTarget.value })}
        />
      </SimpleGrid>
      <ErrorAlert error={save.error} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {policyId ? t('policies.saveVersion') : t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function Versions({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const versions = useQuery({
    queryKey: ['policy-versions', id],
    queryFn: () => get<PolicyVersion[]>(`/api/v1/policies/${id}/versions`),
  });
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>#</Table.Th>
          <Table.Th>{t('policies.effectiveFrom')}</Table.Th>
          <Table.Th>{t('policies.titleEn')}</Table.Th>
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

export function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const policies = usePolicies();
  const [revising, setRevising] = useState<string | null>(null);
  const canWrite = can('policies.write');
  return (
    <>
      <PageTitle>{t('policies.title')}</PageTitle>
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
                <Badge variant="light" autoContrast>
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
