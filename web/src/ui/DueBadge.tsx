import { useTranslation } from 'react-i18next';
import { dueState, todayIso } from '../lib/dates';
import { StatusBadge } from './StatusBadge';

const COLORS = {
  'due.overdue': 'red',
  'due.today': 'orange',
  'due.inDays': 'blue',
  'due.none': 'gray',
  'due.done': 'green',
} as const;

/** Where a due date stands today, in words ("Overdue by 3 days"); the colour only helps. */
export function DueBadge({ dueOn, done = false }: { dueOn: string | null; done?: boolean }) {
  const { t } = useTranslation();
  const s = dueState(dueOn, todayIso(), done);
  return <StatusBadge value={s.key} color={COLORS[s.key]} label={t(s.key, { count: s.count })} />;
}
