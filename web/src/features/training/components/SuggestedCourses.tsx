import type { TrainingNeed } from '@frontline/contract';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCourseTitle } from '../hooks/useCourseTitle';

/** A need's suggested courses as Assign buttons (for `who`), or that the catalogue has none. */
export function SuggestedCourses({
  courses,
  who,
  onAssign,
}: {
  courses: TrainingNeed['courses'];
  who: string;
  onAssign: (courseId: string) => void;
}) {
  const { t } = useTranslation();
  const title = useCourseTitle();
  if (!courses.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('training.noCourseForNeed')}
      </Text>
    );
  }
  return (
    <Group gap="xs">
      {courses.map((c) => (
        <Button
          key={c.id}
          size="xs"
          variant="default"
          aria-label={t('training.assignCourseTo', { course: title(c), name: who })}
          onClick={() => onAssign(c.id)}
        >
          {t('training.assignCourse', { course: title(c) })}
        </Button>
      ))}
    </Group>
  );
}
