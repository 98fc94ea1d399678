/**
 * Workload → headcount. Pure functions (no database, no I/O) that turn forecast volumes into the
 * number of people each time slot needs, returning the working so the UI can show how a figure
 * was reached: Erlang C for queues (calls, chats), a staffing ratio for stores, and the fewest
 * people per shift that meet every slot's need.
 */

/** Thrown for input the calculation cannot use; the message names the field in plain English. */
export class DemandInputError extends Error {
  /** Where in the input the problem is, as a JSON pointer ("/ranges/2/toMinute"), when known. */
  readonly path: string | undefined;
  constructor(message: string, path?: string) {
    super(message);
    this.name = 'DemandInputError';
    this.path = path;
  }
}

export interface ErlangCInput {
  /** Contacts arriving in the interval. */
  contacts: number;
  ahtSeconds: number; // average handle time
  intervalMinutes: number; // 15, 30 or 60
  serviceLevel: number; // target share answered within `answerWithinSeconds`, 0 < x < 1, e.g. 0.8
  answerWithinSeconds: number; // e.g. 20
  maxOccupancy?: number; // default 0.85; agents are raised until occupancy <= it
  shrinkage?: number; // default 0 (0 <= x < 1): scheduled = ceil(agents / (1 - shrinkage))
}

export interface ErlangCResult {
  trafficErlangs: number; // contacts * aht / (interval seconds)
  agents: number; // fewest agents on the phones meeting the service level and max occupancy (0 when contacts = 0)
  scheduled: number; // agents grossed up for shrinkage
  serviceLevel: number; // achieved with `agents`
  probabilityOfWaiting: number;
  averageSpeedOfAnswerSeconds: number;
  occupancy: number;
}

/** How a queue performs with a given number of agents (the "what if" the UI can also show). */
export interface QueueFigures {
  serviceLevel: number;
  probabilityOfWaiting: number;
  averageSpeedOfAnswerSeconds: number;
  occupancy: number;
}

const DEFAULT_MAX_OCCUPANCY = 0.85;
/** Agents tried above the lowest sensible count before the target is called unreachable. */
const SEARCH_SPAN = 1000;
/** A typo (contacts or AHT off by a few zeros) should fail fast rather than loop for minutes. */
const MAX_TRAFFIC_ERLANGS = 100_000;
/** Ratios like 7 / 0.7 can land a hair above a whole number; don't let that add a person. */
const ROUNDING_SLACK = 1e-9;

function ceilWhole(value: number): number {
  return Math.ceil(value - ROUNDING_SLACK);
}

function requireNumber(name: string, value: number, min: number, opts: { above?: boolean } = {}): void {
  if (!Number.isFinite(value) || (opts.above ? value <= min : value < min)) {
    throw new DemandInputError(
      `${name} must be a number ${opts.above ? 'above' : 'of at least'} ${min}; got ${value}`,
    );
  }
}

function requireWhole(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new DemandInputError(`${name} must be a whole number of at least ${min}; got ${value}`);
  }
}

function requireShare(name: string, value: number, range: '(0,1)' | '[0,1)' | '(0,1]'): void {
  const ok =
    Number.isFinite(value) &&
    (range === '[0,1)' ? value >= 0 : value > 0) &&
    (range === '(0,1]' ? value <= 1 : value < 1);
  if (!ok) {
    const bounds = {
      '(0,1)': 'above 0 and below 1',
      '[0,1)': 'from 0 up to (not including) 1',
      '(0,1]': 'above 0 and at most 1',
    };
    throw new DemandInputError(`${name} must be ${bounds[range]}; got ${value}`);
  }
}

/** Erlang B step: blocking with `agents` from blocking with `agents - 1` (stays within 0..1, so no overflow). */
function nextErlangB(previous: number, agents: number, traffic: number): number {
  return (traffic * previous) / (agents + traffic * previous);
}

function figuresFromErlangB(
  erlangB: number,
  traffic: number,
  agents: number,
  ahtSeconds: number,
  answerWithinSeconds: number,
): QueueFigures {
  // Erlang C from Erlang B avoids A^n / n!, which overflows long before 500 agents.
  const probabilityOfWaiting = (agents * erlangB) / (agents - traffic * (1 - erlangB));
  const spare = agents - traffic;
  return {
    probabilityOfWaiting,
    serviceLevel: 1 - probabilityOfWaiting * Math.exp((-spare * answerWithinSeconds) / ahtSeconds),
    averageSpeedOfAnswerSeconds: (probabilityOfWaiting * ahtSeconds) / spare,
    occupancy: traffic / agents,
  };
}

/**
 * Service level, chance of waiting, average speed of answer and occupancy for `agents` agents on
 * `trafficErlangs` of traffic. With no more agents than traffic the queue never clears, so every
 * contact waits and the service level is 0.
 */
export function queueFigures(
  trafficErlangs: number,
  agents: number,
  ahtSeconds: number,
  answerWithinSeconds: number,
): QueueFigures {
  requireNumber('trafficErlangs', trafficErlangs, 0);
  requireWhole('agents', agents, 0);
  requireNumber('ahtSeconds', ahtSeconds, 0, { above: true });
  requireNumber('answerWithinSeconds', answerWithinSeconds, 0);
  if (trafficErlangs === 0) {
    return { serviceLevel: 1, probabilityOfWaiting: 0, averageSpeedOfAnswerSeconds: 0, occupancy: 0 };
  }
  if (agents <= trafficErlangs) {
    return {
      serviceLevel: 0,
      probabilityOfWaiting: 1,
      averageSpeedOfAnswerSeconds: Infinity,
      occupancy: agents === 0 ? Infinity : trafficErlangs / agents,
    };
  }
  let erlangB = 1;
  for (let n = 1; n <= agents; n++) erlangB = nextErlangB(erlangB, n, trafficErlangs);
  return figuresFromErlangB(erlangB, trafficErlangs, agents, ahtSeconds, answerWithinSeconds);
}

/** The fewest agents meeting the service level and the occupancy cap, with the figures they give. */
export function erlangC(input: ErlangCInput): ErlangCResult {
  const { contacts, ahtSeconds, intervalMinutes, serviceLevel, answerWithinSeconds } = input;
  const maxOccupancy = input.maxOccupancy ?? DEFAULT_MAX_OCCUPANCY;
  const shrinkage = input.shrinkage ?? 0;
  requireNumber('contacts', contacts, 0);
  requireNumber('ahtSeconds', ahtSeconds, 0, { above: true });
  requireNumber('intervalMinutes', intervalMinutes, 0, { above: true });
  requireShare('serviceLevel', serviceLevel, '(0,1)');
  requireNumber('answerWithinSeconds', answerWithinSeconds, 0);
  requireShare('maxOccupancy', maxOccupancy, '(0,1]');
  requireShare('shrinkage', shrinkage, '[0,1)');

  const traffic = (contacts * ahtSeconds) / (intervalMinutes * 60);
  if (traffic === 0) {
    return {
      trafficErlangs: 0,
      agents: 0,
      scheduled: 0,
      serviceLevel: 1,
      probabilityOfWaiting: 0,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
    };
  }
  if (traffic > MAX_TRAFFIC_ERLANGS) {
    throw new DemandInputError(
      `contacts × ahtSeconds give ${Math.round(traffic)} Erlangs in the interval, more than ${MAX_TRAFFIC_ERLANGS}; check contacts, ahtSeconds and intervalMinutes`,
    );
  }

  // Fewer agents than the traffic never clear the queue, and fewer than traffic / maxOccupancy
  // break the occupancy cap, so the search starts at whichever is higher.
  const lowest = Math.max(Math.floor(traffic) + 1, ceilWhole(traffic / maxOccupancy));
  let erlangB = 1;
  for (let n = 1; n < lowest; n++) erlangB = nextErlangB(erlangB, n, traffic);
  for (let agents = lowest; agents <= lowest + SEARCH_SPAN; agents++) {
    erlangB = nextErlangB(erlangB, agents, traffic);
    const figures = figuresFromErlangB(erlangB, traffic, agents, ahtSeconds, answerWithinSeconds);
    if (figures.serviceLevel >= serviceLevel && figures.occupancy <= maxOccupancy + ROUNDING_SLACK) {
      return {
        trafficErlangs: traffic,
        agents,
        scheduled: ceilWhole(agents / (1 - shrinkage)),
        ...figures,
      };
    }
  }
  throw new DemandInputError(
    `serviceLevel ${serviceLevel} within ${answerWithinSeconds} s is not reached even with ${lowest + SEARCH_SPAN} agents; lower serviceLevel or raise answerWithinSeconds`,
  );
}

export interface SlotNeed {
  day: number; // day index in the plan
  startMinute: number; // minutes from midnight
  need: number;
}
export interface ShiftWindow {
  id: string;
  startMinute: number;
  endMinute: number; // may be > 1440 for a shift crossing midnight
}

const MINUTES_PER_DAY = 1440;

/**
 * People each shift needs on each day so every slot's need is met: the greedy that, scanning slots in
 * time order, adds people to the covering shift that ends latest (optimal for covering intervals).
 * Returns one row per day × shift with the headcount (0 included), plus for each slot the need and the
 * cover the result gives (in time order), and slots no shift covers (need > 0 but uncoverable) listed separately.
 *
 * A shift covers a slot when the whole slot lies inside it. Days run from 0 to the last day with a
 * slot. A shift crossing midnight also covers the next day's early slots (time is measured from the
 * start of day 0), but no shift starts before day 0, so day 0's early slots are never covered by a
 * night shift from the day before the plan. A slot whose need the covering shifts can't meet is
 * impossible here: shifts have no headcount limit, so only a slot no shift covers goes unmet.
 */
export function shiftRequirements(
  slots: SlotNeed[],
  slotMinutes: number,
  shifts: ShiftWindow[],
): {
  requirements: { day: number; shiftId: string; headcount: number }[];
  cover: { day: number; startMinute: number; need: number; covered: number }[];
  uncovered: { day: number; startMinute: number; need: number }[];
} {
  requireWhole('slotMinutes', slotMinutes, 1);
  const shiftIds = new Set<string>();
  for (const shift of shifts) {
    if (shift.id === '' || shiftIds.has(shift.id)) {
      throw new DemandInputError(`shift id must be present and unique; got "${shift.id}"`);
    }
    shiftIds.add(shift.id);
    requireWhole(`startMinute of shift ${shift.id}`, shift.startMinute, 0);
    if (shift.startMinute >= MINUTES_PER_DAY) {
      throw new DemandInputError(`startMinute of shift ${shift.id} must be before 1440 (midnight)`);
    }
    if (!Number.isInteger(shift.endMinute) || shift.endMinute <= shift.startMinute) {
      throw new DemandInputError(
        `endMinute of shift ${shift.id} must be a whole number after its startMinute`,
      );
    }
    if (shift.endMinute - shift.startMinute > MINUTES_PER_DAY) {
      throw new DemandInputError(`shift ${shift.id} is longer than a day (endMinute - startMinute > 1440)`);
    }
  }
  const seen = new Set<number>();
  for (const slot of slots) {
    requireWhole('slot day', slot.day, 0);
    requireWhole('slot startMinute', slot.startMinute, 0);
    requireWhole('slot need', slot.need, 0);
    if (slot.startMinute + slotMinutes > MINUTES_PER_DAY) {
      throw new DemandInputError(`slot startMinute ${slot.startMinute} plus slotMinutes runs past midnight`);
    }
    const at = slot.day * MINUTES_PER_DAY + slot.startMinute;
    if (seen.has(at)) {
      throw new DemandInputError(`slots list day ${slot.day} minute ${slot.startMinute} twice`);
    }
    seen.add(at);
  }

  type Placement = { day: number; shiftId: string; end: number; headcount: number };
  const ordered = slots
    .map((slot) => ({
      ...slot,
      at: slot.day * MINUTES_PER_DAY + slot.startMinute,
      covered: 0,
      coveredBy: [] as Placement[],
    }))
    .sort((a, b) => a.at - b.at);
  const days = ordered.reduce((last, slot) => Math.max(last, slot.day + 1), 0);
  // One placement per day × shift; time counts from the start of day 0, so a night shift's
  // placement reaches into the next day's slots.
  const placements: Placement[] = [];
  for (let day = 0; day < days; day++) {
    for (const shift of shifts) {
      const start = day * MINUTES_PER_DAY + shift.startMinute;
      const placement = {
        day,
        shiftId: shift.id,
        end: day * MINUTES_PER_DAY + shift.endMinute,
        headcount: 0,
      };
      placements.push(placement);
      for (const slot of ordered) {
        if (slot.at >= start && slot.at + slotMinutes <= placement.end) slot.coveredBy.push(placement);
      }
    }
  }

  const uncovered: { day: number; startMinute: number; need: number }[] = [];
  for (const slot of ordered) {
    const shortfall = slot.need - slot.covered;
    if (shortfall <= 0) continue;
    // Every shift covering this slot started by now, so the one ending latest covers every later
    // slot the others would: adding the shortfall there never costs more (the greedy is optimal).
    const best = slot.coveredBy.reduce<Placement | undefined>(
      (latest, placement) => (!latest || placement.end > latest.end ? placement : latest),
      undefined,
    );
    if (!best) {
      uncovered.push({ day: slot.day, startMinute: slot.startMinute, need: slot.need });
      continue;
    }
    best.headcount += shortfall;
    for (const later of ordered) {
      if (later.coveredBy.includes(best)) later.covered += shortfall;
    }
  }

  return {
    requirements: placements.map(({ day, shiftId, headcount }) => ({ day, shiftId, headcount })),
    cover: ordered.map(({ day, startMinute, need, covered }) => ({ day, startMinute, need, covered })),
    uncovered,
  };
}

interface OpeningHours {
  days: number;
  openMinute: number;
  closeMinute: number;
  slotMinutes: number;
  intradayProfile?: number[];
}

/** Checks the plan's days and opening hours and returns each slot's share of the day's volume. */
function slotShares(input: OpeningHours, volumeName: string, byWeekday: number[]): number[] {
  const { days, openMinute, closeMinute, slotMinutes, intradayProfile } = input;
  requireWhole('days', days, 1);
  if (!Array.isArray(byWeekday) || byWeekday.length !== 7) {
    throw new DemandInputError(`${volumeName} must list 7 weekdays (Monday to Sunday)`);
  }
  byWeekday.forEach((volume, i) => requireNumber(`${volumeName}[${i}]`, volume, 0));
  if (![15, 30, 60].includes(slotMinutes)) {
    throw new DemandInputError(`slotMinutes must be 15, 30 or 60; got ${slotMinutes}`);
  }
  requireWhole('openMinute', openMinute, 0);
  requireWhole('closeMinute', closeMinute, 0);
  if (closeMinute <= openMinute || closeMinute > MINUTES_PER_DAY) {
    throw new DemandInputError('closeMinute must be after openMinute and no later than 1440 (midnight)');
  }
  if ((closeMinute - openMinute) % slotMinutes !== 0) {
    throw new DemandInputError(`slotMinutes (${slotMinutes}) must divide the opening hours evenly`);
  }
  const slotCount = (closeMinute - openMinute) / slotMinutes;
  const weights = intradayProfile ?? new Array<number>(slotCount).fill(1);
  if (weights.length !== slotCount) {
    throw new DemandInputError(
      `intradayProfile must have ${slotCount} weights (one per slot); got ${weights.length}`,
    );
  }
  weights.forEach((weight, i) => requireNumber(`intradayProfile[${i}]`, weight, 0));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) throw new DemandInputError('intradayProfile must have at least one weight above 0');
  return weights.map((weight) => weight / total);
}

/** Each slot of each day with its volume: the weekday's volume spread by the slot shares. */
function spreadOverPlan(input: OpeningHours, shares: number[], byWeekday: number[]) {
  const spread: { day: number; startMinute: number; volume: number }[] = [];
  for (let day = 0; day < input.days; day++) {
    const dayVolume = byWeekday[day % 7] ?? 0; // day 0 is a Monday
    shares.forEach((share, i) => {
      spread.push({ day, startMinute: input.openMinute + i * input.slotMinutes, volume: dayVolume * share });
    });
  }
  return spread;
}

export interface QueueDemandInput {
  days: number; // days in the plan; day 0 is a Monday
  /** Expected contacts per weekday (index 0 = Monday … 6 = Sunday), e.g. the average of the last weeks' imported volumes. */
  contactsByWeekday: number[];
  ahtSeconds: number;
  openMinute: number; // opening hours of the queue, minutes from midnight (close no later than 1440)
  closeMinute: number;
  slotMinutes: 15 | 30 | 60;
  /** Relative weight of each slot within the day (length = slots in opening hours); default flat. */
  intradayProfile?: number[];
  serviceLevel: number;
  answerWithinSeconds: number;
  maxOccupancy?: number;
  shrinkage?: number;
}

/** Per day and slot: contacts expected (the weekday's volume spread by the profile) and the Erlang C result. */
export function queueDemand(
  input: QueueDemandInput,
): { day: number; startMinute: number; contacts: number; erlang: ErlangCResult }[] {
  const shares = slotShares(input, 'contactsByWeekday', input.contactsByWeekday);
  return spreadOverPlan(input, shares, input.contactsByWeekday).map(({ day, startMinute, volume }) => ({
    day,
    startMinute,
    contacts: volume,
    erlang: erlangC({
      contacts: volume,
      ahtSeconds: input.ahtSeconds,
      intervalMinutes: input.slotMinutes,
      serviceLevel: input.serviceLevel,
      answerWithinSeconds: input.answerWithinSeconds,
      maxOccupancy: input.maxOccupancy,
      shrinkage: input.shrinkage,
    }),
  }));
}

export interface StoreDemandInput {
  days: number;
  /** Expected transactions (or footfall) per weekday, and its spread over the opening hours like the queue. */
  transactionsByWeekday: number[];
  openMinute: number;
  closeMinute: number;
  slotMinutes: 15 | 30 | 60;
  intradayProfile?: number[];
  /** Transactions one person handles per hour (the staffing ratio). */
  transactionsPerStaffHour: number;
  /** At least this many on the floor while open (default 1). */
  minimumStaff?: number;
}

/** Per day and slot: transactions expected and the people needed, ceil(transactions / what one person handles in the slot), never below the minimum. */
export function storeDemand(
  input: StoreDemandInput,
): { day: number; startMinute: number; transactions: number; need: number }[] {
  const minimumStaff = input.minimumStaff ?? 1;
  requireNumber('transactionsPerStaffHour', input.transactionsPerStaffHour, 0, { above: true });
  requireWhole('minimumStaff', minimumStaff, 0);
  const shares = slotShares(input, 'transactionsByWeekday', input.transactionsByWeekday);
  const perPersonPerSlot = (input.transactionsPerStaffHour * input.slotMinutes) / 60;
  return spreadOverPlan(input, shares, input.transactionsByWeekday).map(({ day, startMinute, volume }) => ({
    day,
    startMinute,
    transactions: volume,
    need: Math.max(minimumStaff, ceilWhole(volume / perPersonPerSlot)),
  }));
}

/** People needed in every slot from `fromMinute` to `toMinute` on each of `days`. */
export interface NeedRange {
  days: readonly number[];
  fromMinute: number;
  toMinute: number;
  need: number;
}

/**
 * Each slot's need from ranges entered by hand ("Monday to Friday, 09:00 to 12:00: 3 people"): one
 * slot per `slotMinutes` from each range's start to its end, in day and time order. The times must
 * fall on the slot length, a range must end after it starts (on the same day: 24:00 at the latest),
 * days must lie in the plan's `days`, and two ranges may not both set a slot.
 */
export function slotsFromRanges(ranges: readonly NeedRange[], slotMinutes: number, days: number): SlotNeed[] {
  requireWhole('slotMinutes', slotMinutes, 1);
  const slots = new Map<number, SlotNeed>();
  ranges.forEach((r, i) => {
    const at = `/ranges/${i}`;
    if (r.fromMinute % slotMinutes !== 0) {
      throw new DemandInputError(
        `a range starts at minute ${r.fromMinute}, not on a ${slotMinutes}-minute slot`,
        `${at}/fromMinute`,
      );
    }
    if (r.toMinute % slotMinutes !== 0) {
      throw new DemandInputError(
        `a range ends at minute ${r.toMinute}, not on a ${slotMinutes}-minute slot`,
        `${at}/toMinute`,
      );
    }
    if (r.toMinute <= r.fromMinute || r.toMinute > MINUTES_PER_DAY) {
      throw new DemandInputError('a range must end after it starts, by midnight', `${at}/toMinute`);
    }
    r.days.forEach((day, j) => {
      if (!Number.isInteger(day) || day < 0 || day >= days) {
        throw new DemandInputError(`day ${day} is outside the plan's ${days} days`, `${at}/days/${j}`);
      }
      for (let m = r.fromMinute; m < r.toMinute; m += slotMinutes) {
        const key = day * MINUTES_PER_DAY + m;
        if (slots.has(key)) {
          throw new DemandInputError(`two ranges set day ${day} at minute ${m}`, `${at}/days/${j}`);
        }
        slots.set(key, { day, startMinute: m, need: r.need });
      }
    });
  });
  return [...slots.entries()].sort(([a], [b]) => a - b).map(([, slot]) => slot);
}
