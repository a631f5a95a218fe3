// Preloaded (`node --import`) into every process the start-up bench times: on exit it writes the
// process's peak resident set size (KiB, getrusage) to BENCH_PEAK_RSS_FILE. Plain .mjs so that
// it costs the measured process nothing but its own few lines.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
