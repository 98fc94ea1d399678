import type { Aggregation, IndicatorUnit } from '@frontline/contract';
import { MAX_MEASURE, NON_NEGATIVE_UNITS } from '@frontline/contract';

/**
 * What one observation of an indicator may plausibly hold. The checks run on every imported or
 * pushed row (imports/plausibility.ts): outside the error bounds the row is refused; above
 * `warnAbove` it is imported and the review lists it as unusual.
 *
 * `min`, `max` and `warnAbove` bound the row's **value**: numerator ÷ denominator × scale, in the
 * indicator's unit (CSAT percent, AHT seconds per contact, FRT minutes per ticket, ATV money per
 * transaction). So a proportion's `max` of 100 (%) is "numerator ≤ denominator", and NPS's −100
 * to +100 is "|promoters − detractors| ≤ responses".
 */
export interface ObservationBounds {
  /** The numerator counts things (satisfied responses, units sold): a whole number. */
  wholeNumerator: boolean;
  /** The denominator counts things (responses, contacts, transactions): a whole number. */
  wholeDenominator: boolean;
  /** The largest denominator one row (one person, one day or one item) may carry. */
  maxDenominator: number;
  /** The row's value below this is an error; null = no floor. */
  min: number | null;
  /** The row's value above this is an error; null = no ceiling (MAX_MEASURE still holds). */
  max: number | null;
  /** The row's value above this is unusual but possible: imported, with a warning. */
  warnAbove: number | null;
}

/** One row never carries more than this many responses, contacts or transactions. */
export const MAX_COUNT_PER_ROW = 1_000_000;

const HOUR = 3600;
const DAY = 86_400;

const proportion: ObservationBounds = {
  wholeNumerator: true,
  wholeDenominator: true,
  maxDenominator: MAX_COUNT_PER_ROW,
  min: 0,
  max: 100,
  warnAbove: null,
};

/**
 * Bounds of the preset indicators (presets.ts), by code. Durations: a handle time above 24 h per
 * contact, a first reply after 90 days or a resolution after two years is an error; above 4 h,
 * 14 days and 90 days a warning. Money has no currency here, so only garbage is an error.
 */
export const PRESET_BOUNDS: Readonly<Record<string, ObservationBounds>> = {
  CSAT: proportion,
  FCR: proportion,
  SERVICE_LEVEL: proportion,
  ABANDON: proportion,
  ON_TIME_RESOLUTION: proportion,
  ATTENDANCE: proportion,
  // Adherent ÷ scheduled minutes: minutes may be fractional (from seconds).
  ADHERENCE: { ...proportion, wholeNumerator: false, wholeDenominator: false, maxDenominator: MAX_MEASURE },
  // Transactions ÷ footfall; footfall is apportioned to staff by hours worked, so it may be fractional.
  CONVERSION: { ...proportion, wholeDenominator: false, maxDenominator: MAX_MEASURE },
  NPS: { ...proportion, min: -100, max: 100 },
  // Σ 1–7 ratings ÷ responses.
  CES: { ...proportion, wholeNumerator: false, min: 1, max: 7 },
  // Σ review scores (0–100) ÷ reviews.
  QA_SCORE: { ...proportion, wholeNumerator: false, min: 0, max: 100 },
  // Points earned ÷ points possible (weighted, so not whole).
  MYSTERY_SHOP: {
    ...proportion,
    wholeNumerator: false,
    wholeDenominator: false,
    maxDenominator: MAX_MEASURE,
    min: 0,
    max: 100,
  },
  // Shop-floor observations: points earned ÷ points possible, as the mystery shop.
  FLOOR_OBS: {
    ...proportion,
    wholeNumerator: false,
    wholeDenominator: false,
    maxDenominator: MAX_MEASURE,
    min: 0,
    max: 100,
  },
  // Complaints per 1,000 transactions: at most one complaint per transaction; above 100 ‰ unusual.
  COMPLAINTS_PER_1000: { ...proportion, min: 0, max: 1000, warnAbove: 100 },
  // Seconds per contact handled.
  AHT: {
    wholeNumerator: false,
    wholeDenominator: true,
    maxDenominator: MAX_COUNT_PER_ROW,
    min: 0,
    max: 24 * HOUR,
    warnAbove: 4 * HOUR,
  },
  // Minutes to the first reply, per ticket.
  FRT: {
    wholeNumerator: false,
    wholeDenominator: true,
    maxDenominator: MAX_COUNT_PER_ROW,
    min: 0,
    max: (90 * DAY) / 60,
    warnAbove: (14 * DAY) / 60,
  },
  // Hours from creation to resolution, per ticket.
  RESOLUTION_TIME: {
    wholeNumerator: false,
    wholeDenominator: true,
    maxDenominator: MAX_COUNT_PER_ROW,
    min: 0,
    max: (730 * DAY) / HOUR,
    warnAbove: (90 * DAY) / HOUR,
  },
  // Net sales per transaction.
  ATV: {
    wholeNumerator: false,
    wholeDenominator: true,
    maxDenominator: MAX_COUNT_PER_ROW,
    min: 0,
    max: 1_000_000_000,
    warnAbove: 1_000_000,
  },
  // Units sold per transaction.
  UPT: {
    wholeNumerator: true,
    wholeDenominator: true,
    maxDenominator: MAX_COUNT_PER_ROW,
    min: 0,
    max: 10_000,
    warnAbove: 50,
  },
};

/** A year, in each duration unit: the ceiling of one item of a custom duration indicator. */
const YEAR_IN: Partial<Record<IndicatorUnit, number>> = {
  seconds: 365 * DAY,
  minutes: (365 * DAY) / 60,
  hours: (365 * DAY) / HOUR,
};

/**
 * Bounds for an indicator without a row in PRESET_BOUNDS, from its aggregation kind and unit:
 * proportions and net scores count (whole, numerator within the denominator); means average over
 * a count; durations, counts and money are not negative; one item of a duration lasts at most a
 * year. No warnings: what is unusual depends on what the indicator measures.
 */
export function defaultBounds(
  aggregation: Aggregation,
  unit: IndicatorUnit,
  scale: number,
): ObservationBounds {
  const floor = NON_NEGATIVE_UNITS.has(unit) ? 0 : null;
  switch (aggregation) {
    case 'proportion':
      return { ...proportion, max: scale };
    case 'net_score':
      return { ...proportion, min: -scale, max: scale };
    case 'mean':
      return {
        wholeNumerator: unit === 'count',
        wholeDenominator: true,
        maxDenominator: MAX_COUNT_PER_ROW,
        min: floor,
        max: YEAR_IN[unit] ?? null,
        warnAbove: null,
      };
    case 'ratio':
      return {
        wholeNumerator: unit === 'count',
        wholeDenominator: false,
        maxDenominator: MAX_MEASURE,
        min: floor,
        max: null,
        warnAbove: null,
      };
  }
}

/** The bounds of an indicator: its preset row when it is a preset, else from its kind and unit. */
export function boundsOf(indicator: {
  code: string;
  preset: boolean;
  aggregation: Aggregation;
  unit: IndicatorUnit;
  scale: number;
}): ObservationBounds {
  const preset = indicator.preset ? PRESET_BOUNDS[indicator.code.toUpperCase()] : undefined;
  return preset ?? defaultBounds(indicator.aggregation, indicator.unit, indicator.scale);
}
