import { Alert, Anchor, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const DEMO_LOGINS = ['admin', 'hr', 'manager', 'supervisor', 'staff', 'lead', 'agent'] as const;
export const DEMO_DOMAIN = 'demo.frontline.test';
export const DEMO_PASSWORD = 'frontline-demo';

/** The banner of a demo installation: fictional data, and the logins to try it with. */
export function DemoLogins({ onPick }: { onPick: (email: string, password: string) => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      role="note"
      title={t('login.demoTitle')}
      aria-label={t('login.demoTitle')}
    >
      <Text size="sm" mb="xs">
        {t('login.demoText')} <Code>{DEMO_PASSWORD}</Code>
      </Text>
      <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('login.demoLogin')}</Table.Th>
            <Table.Th scope="col">{t('login.demoWho')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {DEMO_LOGINS.map((d) => {
            const email = `${d}@${DEMO_DOMAIN}`;
            return (
              <Table.Tr key={d}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fz="sm"
                    aria-label={t('login.useDemo', { email })}
                    onClick={() => onPick(email, DEMO_PASSWORD)}
                  >
                    {email}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`login.demoRole.${d}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
