/**
 * Zendesk ticket export rows for the import tests: the real header and one ticket per call, with
 * the fields the tests vary.
 */
export const ZENDESK_HEADER =
  'Summation column,Id,Requester,Requester id,Requester external id,Requester email,Requester domain,Submitter,' +
  'Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Assigned at,Organization,' +
  'Due date,Initially assigned at,Solved at,Resolution time,Satisfaction Score,Group stations,Assignee stations,' +
  'Reopens,Replies,First reply time in minutes,First reply time in minutes within business hours,' +
  'First resolution time in minutes,First resolution time in minutes within business hours,' +
  'Full resolution time in minutes,Full resolution time in minutes within business hours,' +
  'Agent wait time in minutes,Agent wait time in minutes within business hours,Requester wait time in minutes,' +
  'Requester wait time in minutes within business hours,On hold time in minutes,On hold time in minutes within business hours';

export function ticket(t: {
  id: number;
  assignee: string;
  status?: string;
  created: string;
  solved?: string;
  score?: string;
  reopens?: number;
  frt?: number | string;
  full?: number | string;
}): string {
  return [
    '',
    t.id,
    'Customer',
    9001,
    '',
    'c@example.com',
    '',
    'Customer',
    t.assignee,
    'Support',
    'Parcel late',
    '',
    t.status ?? 'Solved',
    'Normal',
    'Mail',
    'Question',
    t.created,
    t.created,
    '',
    '',
    '',
    '',
    t.solved ?? '',
    '',
    t.score ?? 'Not Offered',
    1,
    1,
    t.reopens ?? 0,
    1,
    t.frt ?? 10,
    t.frt ?? 10,
    '',
    '',
    t.full ?? 60,
    t.full ?? 60,
    0,
    0,
    0,
    0,
    0,
    0,
  ].join(',');
}
