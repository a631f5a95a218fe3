import { SingleBar, Presets } from 'cli-progress';
import { seedDemoOrganization } from '../../services/demo/demo-seed.service.ts';
import { withRuntime } from '../with-runtime.ts';
import type { ServiceContext } from '../../services/context.ts';

/** Seeds the demo organization with a progress bar; returns whether anything was created. */
export async function seedDemoWithProgress(ctx: ServiceContext): Promise<boolean> {
  const bar = new SingleBar({ format: 'Seeding demo data [{bar}] {value}/{total} {label}', hideCursor: true }, Presets.shades_classic);
  let started = false;
  const result = await seedDemoOrganization(ctx, (done, total, label) => {
    if (!started) bar.start(total, 0, { label: '' });
    started = true;
    bar.update(done, { label });
  });
  if (started) bar.stop();
  return result.created;
}

/** Runs `constellation seed --demo`. */
export function seedDemo(): Promise<void> {
  return withRuntime(async ({ ctx }) => {
    const created = await seedDemoWithProgress(ctx);
    console.log(created ? 'Demo organization created.' : 'Demo organization already exists; nothing to do.');
  });
}
