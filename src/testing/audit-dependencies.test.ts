import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/audit-dependencies.sh', import.meta.url));

// What `npm audit --omit=dev --audit-level=high` prints and exits with in each situation.
const findings = `# npm audit report

tar  <=7.5.3
Severity: high
node-tar is vulnerable to Arbitrary File Overwrite - https://github.com/advisories/GHSA-0000
fix available via \`npm audit fix\`

1 high severity vulnerability`;
const endpointDown = `npm warn audit 405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk
npm error audit endpoint returned an error`;

describe("CI's dependency audit step (scripts/audit-dependencies.sh)", () => {
  const bin = mkdtempSync(path.join(tmpdir(), 'fake-npm-'));
  after(() => rmSync(bin, { recursive: true, force: true }));

  /** Runs the script with a stand-in `npm` that prints `output` and exits with `code`. */
  function runWithNpm(output: string, code: number) {
    const outputFile = path.join(bin, 'output.txt');
    writeFileSync(outputFile, output);
    writeFileSync(path.join(bin, 'npm'), `#!/usr/bin/env bash\ncat '${outputFile}'\nexit ${code}\n`);
    chmodSync(path.join(bin, 'npm'), 0o755);
    return spawnSync('bash', [script], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  }

  test('passes when the audit finds nothing high or critical', () => {
    assert.equal(runWithNpm('found 0 vulnerabilities', 0).status, 0);
  });

  test('fails on a high or critical finding', () => {
    const run = runWithNpm(findings, 1);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /high or critical advisories found/);
    const critical = runWithNpm('3 vulnerabilities (1 moderate, 2 critical)', 1);
    assert.equal(critical.status, 1);
  });

  test('warns, without failing, when the registry refuses the audit endpoint (HTTP 405)', () => {
    const run = runWithNpm(endpointDown, 1);
    assert.equal(run.status, 0);
    assert.match(run.stderr, /WARNING: .*NOT audited/);
  });

  test('fails on any other npm error', () => {
    assert.equal(runWithNpm('npm error code ENOLOCK', 1).status, 1);
  });
});
