import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificationOverview } from '@frontline/contract';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';

describe('assessor certification demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.services);
  });
  afterAll(() => t.close());

  it('has a certified assessor, one expiring soon, an uncertified one, and a marked evaluation', async () => {
    const patrick = await loginClient(t.app, 'patrick.chu@demo.frontline.test', DEMO_PASSWORD);
    const o = (
      await patrick.request('GET', '/api/v1/assessor-certifications')
    ).json() as CertificationOverview;
    const status = (name: string, code: string) =>
      o.rows.find((r) => r.assessorName === name && r.scorecardCode === code)?.status;
    expect(o.settings.assessorCourseTitleEn).toMatch(/Assessor course/);
    expect(status('Queenie Lai', 'QA-CONTACT')).toBe('certified');
    expect(status('Kelvin Chan', 'FLOOR-OBS')).toBe('expiring');
    expect(status('Irene Kwok', 'QA-CONTACT')).toBe('not_certified');
    expect(status('Queenie Lai', 'MYSTERY-VISIT')).toBe('not_certified');
    const marks = await t.database.db
      .selectFrom('evaluationCertification as m')
      .innerJoin('evaluation as e', 'e.id', 'm.evaluationId')
      .innerJoin('scorecard as s', 's.id', 'e.scorecardId')
      .select(['s.code', 'm.certified', 'm.counted'])
      .where('e.visitKey', 'is', null)
      .where('m.stage', '=', 'released')
      .execute();
    expect(marks.filter((m) => !m.certified).map((m) => m.code)).toEqual(['MYSTERY-VISIT']);
    expect(marks.every((m) => m.counted)).toBe(true);
  });
});
