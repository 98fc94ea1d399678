import { Button, Stack, Table, Text } from '@mantine/core';
import type { Course } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useSession } from '../../auth/hooks/useSession';
import { useCourseTitle } from '../hooks/useCourseTitle';
import { useCourses } from '../hooks/useTraining';
import { CourseFormDialog } from './CourseFormDialog';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** The course catalogue; create and edit for training.catalogue (retired courses shown to them too). */
export function CourseCatalogue() {
  const { t } = useTranslation();
  const title = useCourseTitle();
  const { can } = useSession();
  const manage = can('training.catalogue');
  const courses = useCourses(manage ? { all: true } : {});
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  if (courses.error) return <ErrorAlert error={courses.error} />;
  if (!courses.data) return <Loading />;
  return (
    <Stack>
      {manage && (
        <Button w="fit-content" onClick={() => setEditing('new')}>
          {t('training.newCourse')}
        </Button>
      )}
      <ScrollRegion label={t('training.catalogue')}>
        <Table miw={700} striped withTableBorder verticalSpacing="sm">
          <Table.Caption>{t('training.catalogueCaption', { count: courses.data.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.course')}</Table.Th>
              <Table.Th scope="col">{t('training.category')}</Table.Th>
              <Table.Th scope="col">{t('training.durationHours')}</Table.Th>
              <Table.Th scope="col">{t('training.passScoreLabel')}</Table.Th>
              <Table.Th scope="col">{t('training.indicators')}</Table.Th>
              <Table.Th scope="col">{t('rewards.state')}</Table.Th>
              {manage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {courses.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">
                  <Text fw={500}>{title(c)}</Text>
                  <Text size="xs" c="dimmed">
                    {c.code}
                  </Text>
                </Table.Th>
                <Table.Td>{t(`training.cat.${c.category}`)}</Table.Td>
                <Table.Td>{c.durationHours ?? '—'}</Table.Td>
                <Table.Td>{c.passScore ?? '—'}</Table.Td>
                <Table.Td>{c.indicatorCodes.join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    value={c.active ? 'active' : 'cancelled'}
                    label={c.active ? t('rewards.activeYes') : t('rewards.activeNo')}
                  />
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(c)}
                      aria-label={t('common.editNamed', { name: title(c) })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {courses.data.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={manage ? 7 : 6}>{t('training.noCourses')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {editing && (
        <CourseFormDialog course={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
