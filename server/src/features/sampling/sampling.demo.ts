import { sql } from 'kysely';
import { permissionsOf, type Answer, type Role, type ScorecardItem } from '@frontline/contract';
import type { Services } from '../../app.js';
import type { Actor } from '../../access/actor.js';
import { addDays } from '../../lib/calendar.js';
import { periodOf, periodRange } from '../../lib/stats/sampling.js';

async function actorFor(services: Services, personId: string): Promise<Actor> {
  const u = await services.db
    .selectFrom('appUser')
    .select(['id', 'roles'])
    .where('personId', '=', personId)
    .executeTakeFirstOrThrow();
  const roles: Role[] = [...u.roles];
  return {
    kind: 'user',
    userId: u.id,
    personId,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
}

/** The best answer of an item. */
function best(item: ScorecardItem): Answer['value'] {
  if (item.type === 'yes_no_na') return 'yes';
  if (item.type === 'scale_1_5') return 5;
  return item.maxPoints ?? 1;
}

/** Stands for the demo's imported contacts: one import batch the demo history is marked with. */
const DEMO_BATCH = '5a3e1d00-0000-4000-8000-00000000d3a0';

/**
 * QA sampling demo (#12 item 3): the contact centre's history of the sampled month is marked with the keys
 * the imports give their records (a call per AHT day from Amazon Connect, a ticket per FCR day from
 * Zendesk, a chat per first-reply day from Chatwoot) — figures unchanged; Patrick (E1037) runs a plan of
 * 4 contact reviews a month per person of the Kowloon contact centre with Queenie (E1038) as assessor,
 * draws the sample of the month a week before the app's clock (this month from its 8th day, before
 * that last month), and Queenie has scored two of her items.
 */
export async function seedSamplingDemo(
  services: Services,
  people: Map<string, string>,
  units: Map<string, string>,
): Promise<void> {
  const person = (n: string) => people.get(n)!;
  const lead = await actorFor(services, person('E1037'));
  const queenie = await actorFor(services, person('E1038'));
  const card = (await services.assessments.listScorecards(lead, { kind: 'qa_interaction' })).find(
    (c) => c.code === 'QA-CONTACT',
  );
  const unit = units.get('CC-KC');
  if (!card || !unit) return;
  // This month once it holds a week of history, until then last month: never a draw of nothing.
  const period = periodOf(addDays(services.calendar.today(), -7), 'month');
  const range = periodRange(period)!;
  // The keys the imports write (sources/amazon-connect.ts, zendesk.ts, chatwoot.ts), one per person-day.
  await sql`
    update observation o set batch_id = ${DEMO_BATCH}::uuid,
      external_key = case i.code
        when 'AHT' then 'connect:' || p.employee_number || ':' || o.occurred_on::text || ' 09:00'
        when 'FCR' then 'zendesk:ticket:' || (40000 + o.id)::text
        else 'chatwoot:csat:' || (70000 + o.id)::text || ':' || o.occurred_on::text || 'T10:00:00Z'
      end
    from indicator i, person p
    where i.id = o.indicator_id and p.id = o.person_id and i.code in ('AHT', 'FCR', 'FRT')
      and o.source = 'demo' and o.external_key is null
      and o.occurred_on between ${range.start}::date and ${range.end}::date`.execute(services.db);

  const plan = await services.sampling.createPlan(lead, {
    title: 'Kowloon contact reviews',
    scorecardId: card.id,
    perPerson: 4,
    periodKind: 'month',
    orgUnitId: unit,
    assessorUserIds: [queenie.userId],
  });
  const drawn = await services.sampling.draw(lead, plan.id, { period, seed: 20261201 });
  const items = card.sections.flatMap((s) => s.items);
  const mine = (drawn.draw?.items ?? []).filter((i) => i.assessor?.userId === queenie.userId);
  for (const it of mine.slice(0, 2)) {
    const ev = await services.assessments.createEvaluation(queenie, {
      scorecardId: card.id,
      personId: it.person.id,
      channel: it.channel,
      ticketKey: it.interactionKey,
      occurredOn: it.occurredOn,
      answers: items.map((x) => ({ itemId: x.id, value: best(x) })),
    });
    await services.assessments.submitEvaluation(queenie, ev.id);
  }
}
