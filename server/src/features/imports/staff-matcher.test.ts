import { describe, expect, it } from 'vitest';
import {
  createStaffMatcher,
  staffKeyOf,
  type MatchCandidate,
  type RememberedMatch,
} from './staff-matcher.js';

const person = (id: string, given: string, family: string, emp = id.toUpperCase()): MatchCandidate => ({
  id,
  employeeNumber: emp,
  email: `${id}@example.com`,
  givenNameEn: given,
  familyNameEn: family,
  nameZh: null,
});
const cherry = person('cherry', 'Cherry', 'Lau');
const jacky = person('jacky', 'Jacky', 'Ng');
const chan1 = person('chan1', 'Tai Man', 'Chan');
const chan2 = person('chan2', 'Tai Man', 'Chan');
const at = new Date('2026-11-01T00:00:00Z');
const alias = (personId: string, mine = false, createdBy = mine ? 'me' : 'other'): RememberedMatch => ({
  personId,
  createdBy,
  createdAt: at,
  mine,
});
const key = (name: string) => staffKeyOf({ name })!;

describe('staff matcher', () => {
  it('never lets a remembered match override an exact identity, in scope or not', () => {
    const aliases = new Map([[key('Jacky Ng'), [alias('cherry')]]]);
    // HR: Jacky is in scope, so his exact name wins.
    const hr = createStaffMatcher([cherry, jacky], { aliases, everyone: [cherry, jacky] });
    expect(hr({ name: 'Jacky Ng' }, key('Jacky Ng'))).toMatchObject({ personId: 'jacky', how: 'name' });
    // A supervisor without Jacky in scope: still not redirected to Cherry.
    const sup = createStaffMatcher([cherry], { aliases, everyone: [cherry, jacky] });
    expect(sup({ name: 'Jacky Ng' }, key('Jacky Ng'))).toMatchObject({ personId: null, how: 'none' });
    // Someone's employee number or e-mail is an exact identity too.
    const byEmp = new Map([[staffKeyOf({ employeeNumber: 'JACKY' })!, [alias('cherry', true)]]]);
    const m = createStaffMatcher([cherry], { aliases: byEmp, everyone: [cherry, jacky] });
    expect(m({ employeeNumber: 'JACKY' }, staffKeyOf({ employeeNumber: 'JACKY' })!).personId).toBeNull();
  });

  it('uses a remembered match for a name nobody bears, within the importer’s scope only', () => {
    const k = key('Cherry L (nights)');
    const aliases = new Map([[k, [alias('cherry')]]]);
    const inScope = createStaffMatcher([cherry], { aliases, everyone: [cherry, jacky] });
    expect(inScope({ name: 'Cherry L (nights)' }, k)).toMatchObject({
      personId: 'cherry',
      how: 'alias',
      remembered: { createdBy: 'other' },
    });
    const outOfScope = createStaffMatcher([jacky], { aliases, everyone: [cherry, jacky] });
    expect(outOfScope({ name: 'Cherry L (nights)' }, k).personId).toBeNull();
  });

  it('lets a remembered match choose among namesakes, and the importer’s own wins a disagreement', () => {
    const k = key('Chan Tai Man');
    const everyone = [chan1, chan2, cherry];
    const pick = createStaffMatcher(everyone, { aliases: new Map([[k, [alias('chan2')]]]), everyone });
    expect(pick({ name: 'Chan Tai Man' }, k)).toMatchObject({ personId: 'chan2', how: 'alias' });
    // A remembered match may not send a namesake's rows to someone of another name.
    const away = createStaffMatcher(everyone, { aliases: new Map([[k, [alias('cherry')]]]), everyone });
    expect(away({ name: 'Chan Tai Man' }, k)).toMatchObject({ personId: null, how: 'ambiguous' });
    const split = new Map([[k, [alias('chan1', false, 'a'), alias('chan2', false, 'b')]]]);
    expect(
      createStaffMatcher(everyone, { aliases: split, everyone })({ name: 'Chan Tai Man' }, k),
    ).toMatchObject({
      personId: null,
      how: 'ambiguous',
    });
    const mine = new Map([[k, [alias('chan1', false, 'a'), alias('chan2', true)]]]);
    expect(
      createStaffMatcher(everyone, { aliases: mine, everyone })({ name: 'Chan Tai Man' }, k).personId,
    ).toBe('chan2');
  });
});
