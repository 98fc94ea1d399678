import { permissionsOf, type Role } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';
import { addDays } from '../../lib/calendar.js';

/** Yes/no answers in the order greeted, need (1–5), knowledge (0–5 points), add-on, thanks, tidy. */
const VISITS: [string, number, string, string, number, number, string, string, string, string][] = [
  // [visit, days ago, store, staff id, need, knowledge, greeted, add-on, thanks, comment]
  ['MS-DEMO-01', 20, 'ST-MK', 'E1009', 4, 4, 'yes', 'yes', 'yes', 'Knew the camera specs well.'],
  ['MS-DEMO-02', 18, 'ST-CWB', 'E1017', 5, 5, 'yes', 'yes', 'yes', ''],
  [
    'MS-DEMO-03',
    16,
    'ST-MK',
    'E1011',
    2,
    3,
    'no',
    'no',
    'yes',
    'Waited three minutes before anyone came over.',
  ],
  ['MS-DEMO-04', 13, 'ST-CWB', 'E1018', 3, 4, 'yes', 'N/A', 'no', ''],
  ['MS-DEMO-05', 11, 'ST-MK', 'E1009', 3, 5, 'yes', 'no', 'yes', ''],
  [
    'MS-DEMO-06',
    9,
    'ST-CWB',
    'E1019',
    4,
    2,
    'yes',
    'yes',
    'yes',
    'Could not say how long the battery lasts.',
  ],
  ['MS-DEMO-07', 6, 'ST-CWB', 'E1017', 4, 5, 'yes', 'no', 'yes', ''],
  ['MS-DEMO-08', 4, 'ST-MK', 'E1011', 4, 4, 'yes', 'yes', 'yes', 'Much better than last time.'],
];

/**
 * A mystery-shopping agency's file of eight visits to the Mong Kok and Causeway Bay stores over the
 * last three weeks, imported by the demo admin through the import pipeline onto the demo's
 * mystery-shop scorecard: the visits are released evaluations of the staff served and MYSTERY_SHOP
 * figures, and the import can be seen (and undone) on the imports page.
 */
export async function seedMysteryShopDemo(services: Services): Promise<void> {
  const today = services.calendar.today();
  const u = await services.db
    .selectFrom('appUser')
    .select(['id', 'roles', 'personId'])
    .where('email', '=', 'admin@demo.frontline.test')
    .executeTakeFirst();
  const card = await services.db
    .selectFrom('scorecard')
    .select('id')
    .where('code', '=', 'MYSTERY-VISIT')
    .where('active', '=', true)
    .executeTakeFirst();
  if (!u || !card) return;
  const roles: Role[] = [...u.roles];
  const admin: Actor = {
    kind: 'user',
    userId: u.id,
    personId: u.personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
  const csv = [
    'Visit ID,Visit Date,Store,Staff ID,greeted,Staff found what I needed,knowledge,add_on,thanks,tidy,Comment',
    ...VISITS.map(([id, ago, store, staff, need, knowledge, greeted, addOn, thanks, comment]) =>
      [
        id,
        `${addDays(today, -ago)} 15:30`,
        store,
        staff,
        greeted,
        need,
        knowledge,
        addOn,
        thanks,
        'yes',
        comment,
      ]
        .map((c) => (String(c).includes(',') ? `"${String(c)}"` : String(c)))
        .join(','),
    ),
  ].join('\r\n');
  const imports = services.imports;
  const batch = await imports.upload(admin, 'mystery-shopper-visits.csv', csv);
  await imports.validate(admin, batch.id, {
    source: 'mystery_shop',
    timeZone: 'Asia/Hong_Kong',
    dateOrder: 'ymd',
    scorecardId: card.id,
  });
  await imports.idle();
  const checked = await imports.get(admin, batch.id);
  if (checked.status !== 'validated' || checked.counts.errors) return;
  await imports.commit(admin, batch.id, { skipUnmatched: true });
  await imports.idle();
}
