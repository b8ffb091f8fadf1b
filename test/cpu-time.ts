// Wait until a child process has done a given amount of work, measured in its own CPU time:
// on a loaded machine a fixed wall-clock delay may fall before Node has installed its signal
// handlers, or after the work is over; CPU time moves only as the child itself runs.
import { readFileSync } from 'node:fs';

/** The child's user + system CPU time in ms (all its threads), or undefined once it is gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime 14 and stime 15, in clock ticks (100 a second).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Resolves once the child has used `ms` of CPU time (true), or when it is gone first (false).
 * Without /proc (not Linux), falls back to `ms` of wall-clock time.
 */
export function afterCpu(pid: number, ms: number): Promise<boolean> {
  if (cpuMs(process.pid) === undefined) return new Promise((resolve) => setTimeout(() => resolve(true), ms));
  return new Promise((resolve) => {
    const poll = () => {
      const used = cpuMs(pid);
      if (used === undefined) resolve(false);
      else if (used >= ms) resolve(true);
      else setTimeout(poll, 5);
    };
    poll();
  });
}
