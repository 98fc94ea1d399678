import { Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonSummary } from '@frontline/contract';
import { localName } from '../../lib/i18n';

/** People as links to their pages, named in the current language. */
export function PeopleLinkList({ people }: { people: PersonSummary[] }) {
  const { i18n } = useTranslation();
  return (
    <List>
      {people.map((r) => (
        <List.Item key={r.id}>
          <Anchor component={Link} to={`/people/${r.id}`}>
            {localName(r.nameEn, r.nameZh, i18n.language)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
