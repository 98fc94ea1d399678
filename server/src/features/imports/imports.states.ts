import type { ImportStatus } from '@frontline/contract';

/**
 * Every change of an import batch's status, in one table: the step, the statuses it may start
 * from and the status it leads to. The repository's `transition()` applies a step only from one
 * of its statuses (in the same UPDATE), so two requests racing on one batch cannot both win.
 *
 *   upload ─► uploaded ─validate─► validating ─► validated ─commit─► committing ─► committed ─undo─► undone
 *                 ▲  │                  │            │  ▲                 │
 *                 │  └──────discard─────┼────────────┤  └──commit failed──┘
 *                 └─────validate────────┴─► failed ──┘        (also after a restart)
 *   push (API): ─► committing ─► committed
 */
export const IMPORT_STEPS = {
  /** New settings: the file is checked again. */
  validate: { from: ['uploaded', 'validated', 'failed'], to: 'validating' },
  /** The validation job finished. */
  validated: { from: ['validating'], to: 'validated' },
  /** The validation job found the file unusable, or stopped. */
  validationFailed: { from: ['validating'], to: 'failed' },
  /** A user asked to commit the checked rows. */
  commit: { from: ['validated'], to: 'committing' },
  /** The commit's transaction landed. */
  committed: { from: ['committing'], to: 'committed' },
  /** The commit's transaction failed or was cut off: nothing of it landed; it may be retried. */
  commitFailed: { from: ['committing'], to: 'validated' },
  undo: { from: ['committed'], to: 'undone' },
  discard: { from: ['uploaded', 'validated', 'failed'], to: 'discarded' },
} as const satisfies Record<string, { from: readonly ImportStatus[]; to: ImportStatus }>;

export type ImportStep = keyof typeof IMPORT_STEPS;

/** True when `step` may start from `status`. */
export function canStep(step: ImportStep, status: ImportStatus): boolean {
  return (IMPORT_STEPS[step].from as readonly ImportStatus[]).includes(status);
}
