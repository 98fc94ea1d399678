import { Button, Group, Table, Text } from '@mantine/core';
import type { Assignment } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { formatDateTime } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCourseTitle } from '../hooks/useCourseTitle';
import { useAssignmentChange } from '../hooks/useTraining';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';
import { CompleteAssignmentDialog } from './CompleteAssignmentDialog';
import { usePersonName } from '../../people/hooks/usePersonName';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** Course assignments with due state, result and the actions the user may take. */
export function AssignmentTable({
  items,
  caption,
  showPerson,
}: {
  items: Assignment[];
  caption: string;
  showPerson: boolean;
}) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const lang = i18n.language;
  const title = useCourseTitle();
  const change = useAssignmentChange();
  const [completing, setCompleting] = useState<Assignment | null>(null);
  const cols = showPerson ? 7 : 6;
  return (
    <>
      <ScrollRegion label={caption}>
        <Table miw={760} striped withTableBorder verticalSpacing="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.course')}</Table.Th>
              {showPerson && <Table.Th scope="col">{t('checkins.person')}</Table.Th>}
              <Table.Th scope="col">{t('training.dueOn')}</Table.Th>
              <Table.Th scope="col">{t('checkins.state')}</Table.Th>
              <Table.Th scope="col">{t('training.completedAt')}</Table.Th>
              <Table.Th scope="col">{t('training.result')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => {
              const course = title(a.course);
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    <Text fw={500}>{course}</Text>
                    <Text size="xs" c="dimmed">
                      {a.course.code}
                      {a.reason ? ` · ${a.reason}` : ''}
                    </Text>
                  </Table.Th>
                  {showPerson && <Table.Td>{pn(a.personId, a.personName)}</Table.Td>}
                  <Table.Td>{a.dueOn ? formatDate(a.dueOn, lang) : '—'}</Table.Td>
                  <Table.Td>
                    <AssignmentStatusBadge a={a} />
                  </Table.Td>
                  <Table.Td>{a.completedAt ? formatDateTime(a.completedAt, lang) : '—'}</Table.Td>
                  <Table.Td>
                    {a.score !== null ? t('training.scoreOf', { score: a.score }) : ''}
                    {a.evidence ? (
                      <Text size="xs" c="dimmed">
                        {a.evidence}
                      </Text>
                    ) : null}
                    {a.score === null && !a.evidence ? '—' : null}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {a.abilities.complete && (
                        <Button
                          size="xs"
                          onClick={() => setCompleting(a)}
                          aria-label={t('training.completeNamed', { name: course })}
                        >
                          {t('training.markComplete')}
                        </Button>
                      )}
                      {a.abilities.cancel && (
                        <ConfirmButton
                          size="xs"
                          variant="default"
                          title={t('training.cancelTitle')}
                          message={t('training.cancelMessage', {
                            course,
                            name: pn(a.personId, a.personName),
                          })}
                          ariaLabel={t('training.cancelNamed', { name: course })}
                          onConfirm={() =>
                            change.mutate({
                              id: a.id,
                              kind: 'cancel',
                              reason: t('training.cancelDefaultReason'),
                            })
                          }
                        >
                          {t('training.cancel')}
                        </ConfirmButton>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={cols}>{t('training.noAssignments')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <ErrorAlert error={change.error} />
      {completing && <CompleteAssignmentDialog assignment={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}
