import {
  Anchor,
  Button,
  Card,
  FileButton,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { EVIDENCE_TYPES } from '@frontline/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { assessmentKeys, deleteEvidence, evidenceUrl, fetchEvidence, uploadEvidence } from '../api';

/** A size in the reader's terms (KB below 1 MB, MB above, one decimal). */
export const fileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;

/** Evidence files of an evaluation: listed and downloaded by whoever sees it; added and removed on a draft. */
export function EvidenceFiles({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const key = assessmentKeys.evidence(evaluationId);
  const list = useQuery({ queryKey: key, queryFn: () => fetchEvidence(evaluationId) });
  const add = useMutation({
    mutationFn: async (files: File[]) => {
      for (const f of files) await uploadEvidence(evaluationId, f);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => deleteEvidence(evaluationId, fileId),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
  const data = list.data;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('evidence.title')}
      </Title>
      <Stack gap="sm">
        <ErrorAlert error={list.error} />
        {data && data.items.length === 0 && <Text c="dimmed">{t('evidence.none')}</Text>}
        {data && data.items.length > 0 && (
          <Table.ScrollContainer minWidth={360}>
            <Table aria-label={t('evidence.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evidence.file')}</Table.Th>
                  <Table.Th>{t('evidence.size')}</Table.Th>
                  {data.canChange && (
                    <Table.Th>
                      <VisuallyHidden>{t('evidence.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Anchor href={evidenceUrl(evaluationId, f.id)} download={f.fileName}>
                        {f.fileName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`evidence.kinds.${f.contentType.split('/')[0]}`, {
                          defaultValue: f.contentType,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{fileSize(f.sizeBytes)}</Table.Td>
                    {data.canChange && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables === f.id}
                          onClick={() => remove.mutate(f.id)}
                          aria-label={t('evidence.removeFile', { name: f.fileName })}
                        >
                          {t('evidence.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {data?.canChange && (
          <Group>
            <FileButton multiple accept={EVIDENCE_TYPES.join(',')} onChange={(files) => add.mutate(files)}>
              {(props) => (
                <Button {...props} variant="light" loading={add.isPending}>
                  {t('evidence.add')}
                </Button>
              )}
            </FileButton>
            <Text size="sm" c="dimmed">
              {t('evidence.limit', { size: fileSize(data.maxBytes) })}
            </Text>
          </Group>
        )}
        <ErrorAlert error={add.error ?? remove.error} />
      </Stack>
    </Card>
  );
}
