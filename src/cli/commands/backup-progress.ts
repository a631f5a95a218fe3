import { Presets, SingleBar } from 'cli-progress';
import type { BackupProgress } from '../../services/backup/backup.service.ts';

/** Below this many rows a backup or restore is over before a bar would be worth drawing. */
const QUIET_BELOW_ROWS = 5_000;

/**
 * A progress bar on stderr for large backups and restores (also when stderr is not a terminal,
 * every few seconds, for logs). Call `stop` when done.
 */
export function backupProgressBar(verb: string): { onProgress: BackupProgress; stop: () => void } {
  const bar = new SingleBar(
    {
      format: `${verb} [{bar}] {value}/{total} rows {table}`,
      hideCursor: true,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (done, total, table) => {
      if (total < QUIET_BELOW_ROWS) return;
      if (!started) bar.start(total, 0, { table });
      started = true;
      bar.update(done, { table });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
