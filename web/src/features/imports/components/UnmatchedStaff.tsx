import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ImportUnmatched } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PersonPicker } from './PersonPicker';

/** Staff in the file the server could not match: pick a person for each, then save (remembered next time). */
export function UnmatchedStaff({
  unmatched,
  onSave,
  pending,
  error,
  canWrite,
}: {
  unmatched: ImportUnmatched[];
  onSave: (matches: { staffKey: string; personId: string }[]) => void;
  pending: boolean;
  error: unknown;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const matches = Object.entries(chosen).flatMap(([staffKey, personId]) =>
    personId ? [{ staffKey, personId }] : [],
  );
  return (
    <Stack>
      <Text size="sm">{t('imports.unmatchedHelp')}</Text>
      <Table.ScrollContainer minWidth={700}>
        <Table fz="sm" withTableBorder data-testid="import-unmatched">
          <Table.Caption>{t('imports.unmatchedCaption', { count: unmatched.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.staffInFile')}</Table.Th>
              <Table.Th scope="col">{t('imports.email')}</Table.Th>
              <Table.Th scope="col">{t('imports.employeeNumber')}</Table.Th>
              <Table.Th scope="col">{t('imports.rows')}</Table.Th>
              <Table.Th scope="col">{t('imports.person')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {unmatched.map((u) => (
              <Table.Tr key={u.staffKey}>
                <Table.Th scope="row" fw={500}>
                  {u.name ?? u.staffKey}
                </Table.Th>
                <Table.Td>{u.email ?? '—'}</Table.Td>
                <Table.Td>{u.employeeNumber ?? '—'}</Table.Td>
                <Table.Td>{u.rows}</Table.Td>
                <Table.Td>
                  {canWrite ? (
                    <PersonPicker
                      unmatched={u}
                      value={chosen[u.staffKey] ?? null}
                      onChange={(id) => setChosen((prev) => ({ ...prev, [u.staffKey]: id }))}
                    />
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={error} />
      {canWrite && (
        <Group>
          <Button
            variant="light"
            disabled={matches.length === 0}
            loading={pending}
            onClick={() => onSave(matches)}
          >
            {t('imports.saveMatches', { count: matches.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
