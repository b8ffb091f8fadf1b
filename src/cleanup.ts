// Temporary files in flight. If the process is interrupted (Ctrl+C, SIGTERM) while one exists,
// src/cli.ts removes it before exiting, so no partial or temporary file is left behind.
import { rmSync } from 'node:fs';

const inFlight = new Set<string>();

export function trackTemp(path: string): void {
  inFlight.add(path);
}

export function untrackTemp(path: string): void {
  inFlight.delete(path);
}

export function removeTemps(): void {
  for (const path of inFlight) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Best effort on the way out: nothing more can be done about it here.
    }
    inFlight.delete(path);
  }
}
