// The machine a benchmark ran on, recorded with its figures (issue #8: "the machine they came
// from"). Load average is recorded too: on a shared 2-core machine it explains outliers.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from '../tests/helpers/find-chromium';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  loadAverage: number[]; // 1, 5, 15 minutes, when the run started
}

function osName(): string {
  if (existsSync('/etc/os-release')) {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${os.arch()})`;
  }
  return `${os.type()} ${os.release()} (${os.arch()})`;
}

function chromiumVersion(): string {
  const path = findChromium();
  if (!path) return 'none found';
  try {
    // Debian's wrapper script prints shell noise on stderr: read stdout only.
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `${path} (version unknown)`;
  }
}

export function describeMachine(): Machine {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
