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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_KINDS, type PolicyKind } from '@frontline/contract';
import { localName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePolicies, usePolicyVersions, useSavePolicy } from '../hooks/useIndicators';

const TEXT = { titleEn: '', titleZh: '', bodyEn: '', bodyZh: '', effectiveFrom: '' };

/** Title, body and effective date, in both languages: a new policy or a new version of one. */
function PolicyTextForm({ policyId, onDone }: { policyId?: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({ ...TEXT, code: '', kind: 'service_standard' as PolicyKind });
  const save = useSavePolicy();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = {
      titleEn: f.titleEn,
      titleZh: f.titleZh || null,
      bodyEn: f.bodyEn,
      bodyZh: f.bodyZh || null,
      effectiveFrom: f.effectiveFrom,
    };
    const onSuccess = () => {
      setF({ ...TEXT, code: '', kind: 'service_standard' });
      onDone?.();
    };
    if (policyId) save.mutate({ id: policyId, body: text }, { onSuccess });
    else save.mutate({ id: null, body: { ...text, code: f.code, kind: f.kind } }, { onSuccess });
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
            onChange={(v) =>
              setF({ ...f, kind: v === 'business_policy' ? 'business_policy' : 'service_standard' })
            }
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
