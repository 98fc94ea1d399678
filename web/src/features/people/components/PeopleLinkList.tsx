import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonSummary } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';

/** People as links to their pages, named in the current language, with their job role. */
export function PeopleLinkList({ people, empty }: { people: PersonSummary[]; empty: string }) {
  const name = useLocalName();
  if (people.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <List spacing={4}>
      {people.map((p) => (
        <List.Item key={p.id}>
          <Anchor component={Link} to={`/people/${p.id}`}>
            {name(p.nameEn, p.nameZh)}
          </Anchor>
          {p.jobRoleName && (
            <Text span size="sm" c="dimmed">
              {' '}
              · {name(p.jobRoleName, p.jobRoleNameZh)}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
