import { useLocalName } from '../../../lib/i18n';

/** A course's title in the language shown now. */
export function useCourseTitle() {
  const name = useLocalName();
  return (c: { titleEn: string; titleZh: string | null }) => name(c.titleEn, c.titleZh);
}
