import type { Services } from '../../app.js';
import { demoActor } from '../../db/seed/demo-actor.js';
import { addDays } from '../../lib/calendar.js';

/** The demo's improvement plan is for this person: a Mong Kok sales associate whose CSAT slips. */
export const DEMO_PLAN_PERSON = 'E1011';
/** Their supervisor, who starts and reviews the plan. */
export const DEMO_PLAN_LEADER = 'E1006';

/**
 * One active performance improvement plan, through the services: Kelvin Chan (Mong Kok floor
 * supervisor) started it four weeks ago for Tsz Hin Mak, whose customer satisfaction has been below
 * the standard over the last five weeks (he is on Kelvin's "Needs attention" queue); Tsz Hin has
 * acknowledged it, and the first of its three review dates (a week ago) has its review, with the
 * figure since the start. Dates are relative to the app's clock; the free text is the leader's
 * own words (a plan has no bilingual fields; the review check-ins carry both languages).
 */
export async function seedImprovementPlansDemo(
  services: Services,
  people: Map<string, string>,
): Promise<void> {
  const personId = people.get(DEMO_PLAN_PERSON);
  const leaderId = people.get(DEMO_PLAN_LEADER);
  if (!personId || !leaderId) throw new Error('demo improvement plan: person or leader missing');
  const leader = await demoActor(services, leaderId);
  const person = await demoActor(services, personId);
  const csat = await services.db
    .selectFrom('indicator')
    .select('id')
    .where('code', '=', 'CSAT')
    .executeTakeFirstOrThrow();
  const today = services.calendar.today();
  const startsOn = addDays(today, -28);
  const firstReview = addDays(today, -7);
  const draft = await services.improvementPlans.create(leader, {
    personId,
    sourceKind: 'needs_attention',
    sourceId: csat.id,
    reason:
      'Customer satisfaction has been below the 90% standard for several weeks, clearly so on the ' +
      'evidence (four weeks of ratings, the whole 95% interval under the standard). Customers mention ' +
      'waiting to be greeted and answers they had to ask for twice.',
    startsOn,
    endsOn: addDays(today, 56),
    objectives: [
      {
        kind: 'indicator',
        indicatorId: csat.id,
        target: 90,
        description: 'Customer satisfaction back at the 90% standard over the plan.',
      },
      {
        kind: 'behaviour',
        description:
          'Greets every customer within 10 seconds and confirms the need before offering a product.',
        successCriteria: 'Seen in 9 of 10 contacts the supervisor observes on the floor each fortnight.',
      },
    ],
    support: [
      { kind: 'coaching', detail: 'Weekly 20-minute coaching with Kelvin on the greeting routine.' },
      { kind: 'training', detail: 'SS-101 Greeting and discovering customer needs.' },
      { kind: 'mentor', detail: 'Two buddy shifts a month with a senior associate.' },
    ],
    reviewDates: [firstReview, addDays(today, 21), addDays(today, 49)],
  });
  await services.improvementPlans.acknowledge(person, draft.id);
  // The first review date's check-in was held; the review records what it found.
  const first = draft.checkpoints.find((c) => c.dueOn === firstReview);
  if (first?.checkinId) await services.checkins.hold(leader, first.checkinId);
  const behaviour = draft.objectives.find((o) => o.kind === 'behaviour');
  await services.improvementPlans.review(leader, draft.id, {
    checkpointId: first!.id,
    notes:
      'Good start: the greeting routine is in place on weekday shifts, and the buddy shifts are ' +
      'booked. Saturdays are still hard; we keep the weekly coaching on the Saturday rush.',
    behaviour: behaviour
      ? [
          {
            objectiveId: behaviour.id,
            verdict: 'not_yet_clear',
            evidence:
              'Greeted within 10 seconds in 7 of 10 contacts observed on Saturday; 9 of 10 on Tuesday.',
          },
        ]
      : [],
  });
}
