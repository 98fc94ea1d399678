import type { Kysely } from 'kysely';
import type {
  RecognitionColleague,
  CreateFeedbackBody,
  CreateRecognitionBody,
  FeedbackEvidence,
  FeedbackEvidenceInput,
  FeedbackPage,
  FeedbackPageQuery,
  FeedbackView,
  RecognitionQuery,
  RecognitionView,
  RecognitionWall,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { FeatureDeps } from '../feature-deps.js';
import { AppError, Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { enforce, type Relation } from '../../access/policy.js';
import { monitoringRepository } from '../monitoring/monitoring.repository.js';
import { canSeeImportBatch } from '../imports/batch-access.js';
import { interval } from '../../lib/stats/figures.js';
import { feedbackRepository, personUnit, recognitionRepository } from './feedback.repository.js';
import { unitTree } from '../../access/org-tree.js';
import { json } from '../../db/json.js';
import { decideFeedback, feedbackAbilities, mayGiveFeedback } from './feedback.policy.js';

type FeedbackRow = NonNullable<Awaited<ReturnType<ReturnType<typeof feedbackRepository>['findById']>>>;
type RecognitionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof recognitionRepository>['findById']>>>;

export function toRecognitionView(r: RecognitionRow): RecognitionView {
  return {
    id: r.id,
    personId: r.personId,
    personName: r.personName,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    authorUserId: r.authorUserId,
    authorName: r.authorName,
    message: r.message,
    badge: r.badge,
    points: r.points,
    awardId: r.awardId,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * Feedback (praise or improvement) from the supervisor side to a person, linked to evidence that
 * is stored with the figure of the time; the person acknowledges it once and may reply once.
 * And the recognition wall: public praise among colleagues of a site or team.
 */
export function createFeedbackService(deps: FeatureDeps) {
  const { db, access, audit, clock, notifications } = deps;

  /** Feedback as the actor reads it; only its person may answer it, so self or not is all that counts. */
  function view(actor: Actor, f: FeedbackRow): FeedbackView {
    const rel: Relation = actor.personId === f.personId ? 'self' : 'visible';
    return {
      id: f.id,
      personId: f.personId,
      personName: f.personName,
      authorUserId: f.authorUserId,
      authorName: f.authorName,
      kind: f.kind,
      body: f.body,
      evidence: (Array.isArray(f.evidence) ? f.evidence : []) as FeedbackEvidence[],
      acknowledgedAt: f.acknowledgedAt?.toISOString() ?? null,
      reply: f.reply,
      repliedAt: f.repliedAt?.toISOString() ?? null,
      createdAt: f.createdAt.toISOString(),
      abilities: feedbackAbilities(f, rel),
    };
  }

  const bad = (i: number, message: string) =>
    Invalid('validation', message, [{ path: `/evidence/${i}`, message }]);

  /**
   * Evidence the author may not see is answered exactly like evidence that does not exist:
   * 404 with the reference's not-found code, so ids cannot be probed through feedback.
   */
  const missing = (i: number, code: 'indicator.not_found' | 'observation.not_found' | 'import.not_found') =>
    new AppError(code, 404, 'The evidence refers to a record that does not exist or is not yours to see.', [
      { path: `/evidence/${i}`, message: 'not found' },
    ]);

  /**
   * Resolves each piece of evidence against the person, storing the figure as it is now. Every
   * reference must be within the author's scope: figures and observations of a person the author
   * sees (and, for an observation, of this person), an import batch the author may open.
   */
  async function resolveEvidence(
    trx: Kysely<DB>,
    actor: Actor,
    personId: string,
    input: readonly FeedbackEvidenceInput[],
  ): Promise<FeedbackEvidence[]> {
    const repo = feedbackRepository(trx);
    const seesPerson = await access.bind(trx).canSeePerson(actor, personId);
    const out: FeedbackEvidence[] = [];
    for (const [i, e] of input.entries()) {
      switch (e.type) {
        case 'indicator_period': {
          if (e.from > e.to) throw bad(i, 'The period ends before it starts.');
          const ind = await repo.indicator(e.indicatorId);
          if (!ind || !seesPerson) throw missing(i, 'indicator.not_found');
          const rows = await monitoringRepository(trx).sums(
            [{ personId, key: 'p' }],
            e.from,
            e.to,
            'quarter',
            [ind.id],
          );
          const g = rows.reduce(
            (a, r) => ({ num: a.num + r.num, den: a.den + r.den, sq: a.sq + r.sq, n: a.n + r.n }),
            { num: 0, den: 0, sq: 0, n: 0 },
          );
          const iv = interval(ind.aggregation, g, ind.scale, { unit: ind.unit });
          out.push({
            type: 'indicator_period',
            indicatorId: ind.id,
            indicatorCode: ind.code,
            from: e.from,
            to: e.to,
            value: iv.value,
            low: iv.low,
            high: iv.high,
            n: g.den,
          });
          break;
        }
        case 'observation': {
          const o = await repo.observation(e.observationId);
          // Someone else's observation is reported like a missing one.
          if (!o || o.personId !== personId || !seesPerson) throw missing(i, 'observation.not_found');
          out.push({
            type: 'observation',
            observationId: Number(o.id),
            indicatorId: o.indicatorId,
            indicatorCode: o.code,
            occurredOn: o.occurredOn,
            numerator: Number(o.numerator),
            denominator: Number(o.denominator),
          });
          break;
        }
        case 'import_batch': {
          const b = await repo.batchRows(e.batchId, personId);
          // The imports' own rule (GET /api/v1/imports/:id): the importer, or hr and admin.
          if (!b || !canSeeImportBatch(actor, b) || b.rows === 0 || !seesPerson) {
            throw missing(i, 'import.not_found');
          }
          out.push({ type: 'import_batch', batchId: e.batchId, fileName: b.fileName, rows: b.rows });
          break;
        }
        case 'assessment':
          out.push({ type: 'assessment', ref: e.ref, title: e.title });
          break;
        case 'shop_floor':
          out.push({ type: 'shop_floor', note: e.note, observedAt: new Date(e.observedAt).toISOString() });
          break;
      }
    }
    return out;
  }

  /** The person's own feedback, locked for acknowledging or replying: anyone else's answers 404. */
  async function ownForChange(trx: Kysely<DB>, actor: Actor, id: string, action: 'acknowledge' | 'reply') {
    const f = await feedbackRepository(trx).forUpdate(id);
    if (!f) throw NotFound('feedback.not_found');
    enforce(decideFeedback(f, actor.personId === f.personId ? 'self' : 'hidden', action));
    return f;
  }

  async function loadView(executor: Kysely<DB>, actor: Actor, id: string) {
    const f = await feedbackRepository(executor).findById(id);
    if (!f) throw NotFound('feedback.not_found');
    return view(actor, f);
  }

  /** Where the actor stands: their site (nearest store or centre) or, lacking one, their own unit. */
  async function actorSite(actor: Actor, tree: Awaited<ReturnType<typeof unitTree>>) {
    if (!actor.personId) return null;
    const me = await personUnit(db, actor.personId);
    return me ? tree.siteOf(me.orgUnitId) : null;
  }

  return {
    async give(actor: Actor, personId: string, body: CreateFeedbackBody): Promise<FeedbackView> {
      enforce(mayGiveFeedback(actor, await access.relationTo(actor, personId)));
      return db.transaction().execute(async (trx) => {
        const evidence = await resolveEvidence(trx, actor, personId, body.evidence ?? []);
        const { id } = await feedbackRepository(trx).insert({
          personId,
          authorUserId: actor.userId,
          kind: body.kind,
          body: body.body,
          evidence: json(evidence),
          acknowledgedAt: null,
          reply: null,
          repliedAt: null,
          createdAt: clock.now(),
        });
        await notifications.notify(trx, await feedbackRepository(trx).userOfPerson(personId), {
          kind: 'feedback.received',
          entityType: 'feedback',
          entityId: id,
          data: { kind: body.kind, personId },
        });
        await audit.record(trx, actor, {
          action: 'feedback.given',
          entityType: 'feedback',
          entityId: id,
          subjectPersonId: personId,
          after: { kind: body.kind, body: body.body, evidence },
        });
        return loadView(trx, actor, id);
      });
    },

    async get(actor: Actor, id: string): Promise<FeedbackView> {
      const f = await feedbackRepository(db).findById(id);
      if (!f || !(await access.canSeePerson(actor, f.personId))) throw NotFound('feedback.not_found');
      return view(actor, f);
    },

    /** A person's feedback, newest first: for the person and anyone with the person in scope. */
    async listForPerson(actor: Actor, personId: string, q: FeedbackPageQuery): Promise<FeedbackPage> {
      await access.requirePerson(actor, personId);
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      const { rows, total } = await feedbackRepository(db).listByPerson(personId, limit, offset);
      if (personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'feedback.list_viewed',
          entityType: 'person',
          entityId: personId,
          subjectPersonId: personId,
        });
      }
      return { items: rows.map((r) => view(actor, r)), total, limit, offset };
    },

    async acknowledge(actor: Actor, id: string): Promise<FeedbackView> {
      return db.transaction().execute(async (trx) => {
        const f = await ownForChange(trx, actor, id, 'acknowledge');
        await feedbackRepository(trx).acknowledge(id, clock.now());
        await notifications.notify(trx, f.authorUserId, {
          kind: 'feedback.acknowledged',
          entityType: 'feedback',
          entityId: id,
          data: { personId: f.personId },
        });
        await audit.record(trx, actor, {
          action: 'feedback.acknowledged',
          entityType: 'feedback',
          entityId: id,
          subjectPersonId: f.personId,
        });
        return loadView(trx, actor, id);
      });
    },

    /** One reply; replying also acknowledges feedback not yet acknowledged. */
    async reply(actor: Actor, id: string, reply: string): Promise<FeedbackView> {
      return db.transaction().execute(async (trx) => {
        const f = await ownForChange(trx, actor, id, 'reply');
        const now = clock.now();
        await feedbackRepository(trx).reply(id, reply, now);
        if (!f.acknowledgedAt) await feedbackRepository(trx).acknowledge(id, now);
        await notifications.notify(trx, f.authorUserId, {
          kind: 'feedback.replied',
          entityType: 'feedback',
          entityId: id,
          data: { personId: f.personId },
        });
        await audit.record(trx, actor, {
          action: 'feedback.replied',
          entityType: 'feedback',
          entityId: id,
          subjectPersonId: f.personId,
          after: { reply },
        });
        return loadView(trx, actor, id);
      });
    },

    /**
     * Praise on the wall: for a colleague anywhere in the actor's site (their store or centre; their
     * own unit's subtree when they sit above any site), or anyone in the actor's scope. Anyone else
     * answers 404 like a missing person.
     */
    async recognise(actor: Actor, body: CreateRecognitionBody): Promise<RecognitionView> {
      if (body.personId === actor.personId) {
        throw Forbidden('auth.forbidden', 'Recognition is for someone else.');
      }
      const target = await personUnit(db, body.personId);
      if (!target || target.status === 'left') throw NotFound('person.not_found');
      if (!(await access.canSeePerson(actor, target.id))) {
        const tree = await unitTree(db);
        const site = await actorSite(actor, tree);
        if (!site || !tree.subtree(site).includes(target.orgUnitId)) throw NotFound('person.not_found');
      }
      return db.transaction().execute(async (trx) => {
        const { id } = await recognitionRepository(trx).insert({
          personId: target.id,
          authorUserId: actor.userId,
          orgUnitId: target.orgUnitId,
          message: body.message,
          badge: body.badge ?? null,
          points: 0,
          awardId: null,
          createdAt: clock.now(),
        });
        await notifications.notify(trx, await feedbackRepository(trx).userOfPerson(target.id), {
          kind: 'recognition.received',
          entityType: 'recognition',
          entityId: id,
          data: { badge: body.badge ?? null },
        });
        await audit.record(trx, actor, {
          action: 'recognition.posted',
          entityType: 'recognition',
          entityId: id,
          subjectPersonId: target.id,
          after: { message: body.message, badge: body.badge ?? null },
        });
        const row = await recognitionRepository(trx).findById(id);
        if (!row) throw NotFound('recognition.not_found');
        return toRecognitionView(row);
      });
    },

    /** Colleagues one may praise: every active person at one's own site, oneself excepted. */
    async colleagues(actor: Actor): Promise<RecognitionColleague[]> {
      const tree = await unitTree(db);
      const site = await actorSite(actor, tree);
      if (!site) return [];
      const rows = await recognitionRepository(db).colleagues(tree.subtree(site));
      return rows
        .filter((r) => r.id !== actor.personId)
        .map((r) => ({
          id: r.id,
          employeeNumber: r.employeeNumber,
          nameEn: `${r.givenNameEn} ${r.familyNameEn}`,
          nameZh: r.nameZh,
          orgUnitName: r.unitEn,
          orgUnitNameZh: r.unitZh,
        }));
    },

    /** The wall of a unit and everything under it: one's own site by default; hr and admin any unit. */
    async wall(actor: Actor, q: RecognitionQuery): Promise<RecognitionWall> {
      const tree = await unitTree(db);
      const site = await actorSite(actor, tree);
      let unitId: string | null;
      if (q.unitId) {
        const allowed =
          access.seesEveryone(actor) || (site !== null && tree.subtree(site).includes(q.unitId));
        if (!allowed || !tree.byId.has(q.unitId)) throw NotFound('org_unit.not_found');
        unitId = q.unitId;
      } else {
        unitId = site ?? [...tree.byId.values()].find((u) => u.parentId === null)?.id ?? null;
        if (unitId && !site && !access.seesEveryone(actor)) unitId = null;
      }
      const unit = unitId ? tree.byId.get(unitId) : undefined;
      if (!unit) throw NotFound('org_unit.not_found');
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      const { rows, total } = await recognitionRepository(db).wall(tree.subtree(unit.id), limit, offset);
      return {
        unit: { id: unit.id, nameEn: unit.nameEn, nameZh: unit.nameZh },
        items: rows.map(toRecognitionView),
        total,
        limit,
        offset,
      };
    },
  };
}
export type FeedbackService = ReturnType<typeof createFeedbackService>;
