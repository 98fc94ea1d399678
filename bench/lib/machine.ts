import os from 'node:os';

/** The machine a figure was measured on: CPUs, load averages, Node, and whether in quick mode. */
export function machineLine(quick: boolean): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${os.cpus().length} CPUs, load ${load}, Node ${process.version}${quick ? ', quick mode' : ''}`;
}
