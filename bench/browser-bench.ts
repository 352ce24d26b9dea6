// Page timings in headless Chromium with the built extension (issue #8). Every figure is a
// median over runs, and each run also loads a blank extension page, so a slow or busy machine
// shows up in the reference as much as in the figure: the ratios are what compare across machines.

import { type BrowserSession, measurePage } from './browser-session';
import type { Probe, ProbeResult } from './page-probes';
import { median } from './stats';

// The "blank extension page": the extension has none, so it is the smallest file every build
// ships, its 16 px icon, opened as a tab. It costs what any extension page costs (an extension
// renderer, a navigation, a document, a frame) and runs no code and no stylesheet of ours.
export const BLANK_PAGE = 'icon/16.png';
export const GITHUB_FIXTURE = 'https://github.com/etcd-io/etcd';

const POPUP_PROBE: Probe = { kind: 'type', query: 'rabbitmq', optionStartsWith: 'RabbitMQ' };
const NEWTAB_PROBE: Probe = { kind: 'selector', selector: '#recommended li' };
const ANNOTATION_PROBE: Probe = { kind: 'annotation', hostName: 'archscout-annotation' };
const NO_ANNOTATION_PROBE: Probe = { ...ANNOTATION_PROBE, absent: true };
const LOAD_PROBE: Probe = { kind: 'load' };

export interface BrowserSamples {
  blankMs: number[]; // first frame after load of the blank extension page
  popupTypeableMs: number[]; // when the search box was there to type into
  popupFirstResultMs: number[];
  newtabFirstRecommendationMs: number[];
  annotationAfterDomContentLoadedMs: number[];
  githubLoadWithMs: number[];
  githubLoadWithoutMs: number[];
  githubDomContentLoadedWithMs: number[]; // to tell parsing from what runs between DOMContentLoaded and load
  githubDomContentLoadedWithoutMs: number[];
}

export interface BrowserResult {
  runs: number;
  warmups: number;
  medians: Record<keyof BrowserSamples, number>;
  ratios: { popup: number; newtab: number; githubLoad: number };
  samples: BrowserSamples;
}

export async function benchBrowser(
  session: BrowserSession,
  { runs, warmups, log }: { runs: number; warmups: number; log: (line: string) => void },
): Promise<BrowserResult> {
  const { ext, plain, extensionUrl } = session;
  const samples: BrowserSamples = {
    blankMs: [],
    popupTypeableMs: [],
    popupFirstResultMs: [],
    newtabFirstRecommendationMs: [],
    annotationAfterDomContentLoadedMs: [],
    githubLoadWithMs: [],
    githubLoadWithoutMs: [],
    githubDomContentLoadedWithMs: [],
    githubDomContentLoadedWithoutMs: [],
  };
  for (let run = 0; run < warmups + runs; run++) {
    const blank = await measurePage(ext.context, extensionUrl(BLANK_PAGE), LOAD_PROBE);
    const popup = await measurePage(ext.context, extensionUrl('popup.html'), POPUP_PROBE, {
      viewport: { width: 380, height: 600 },
    });
    const newtab = await measurePage(ext.context, extensionUrl('newtab.html'), NEWTAB_PROBE);
    // Alternate which browser loads the fixture first, so neither always gets the warmer machine.
    let withExt: ProbeResult;
    let without: ProbeResult;
    if (run % 2 === 0) {
      withExt = await measurePage(ext.context, GITHUB_FIXTURE, ANNOTATION_PROBE);
      without = await measurePage(plain, GITHUB_FIXTURE, NO_ANNOTATION_PROBE);
    } else {
      without = await measurePage(plain, GITHUB_FIXTURE, NO_ANNOTATION_PROBE);
      withExt = await measurePage(ext.context, GITHUB_FIXTURE, ANNOTATION_PROBE);
    }
    if (run < warmups) continue;
    samples.blankMs.push(blank.readyMs);
    samples.popupTypeableMs.push(popup.typedMs ?? Number.NaN);
    samples.popupFirstResultMs.push(popup.readyMs);
    samples.newtabFirstRecommendationMs.push(newtab.readyMs);
    samples.annotationAfterDomContentLoadedMs.push(withExt.readyMs - withExt.domContentLoadedMs);
    samples.githubLoadWithMs.push(withExt.loadMs);
    samples.githubLoadWithoutMs.push(without.loadMs);
    samples.githubDomContentLoadedWithMs.push(withExt.domContentLoadedMs);
    samples.githubDomContentLoadedWithoutMs.push(without.domContentLoadedMs);
    log(
      `  run ${run - warmups + 1}/${runs}: blank ${blank.readyMs.toFixed(1)} ms, popup ${popup.readyMs.toFixed(1)} ms`,
    );
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)])) as Record<
    keyof BrowserSamples,
    number
  >;
  return {
    runs,
    warmups,
    medians,
    ratios: {
      popup: medians.popupFirstResultMs / medians.blankMs,
      newtab: medians.newtabFirstRecommendationMs / medians.blankMs,
      githubLoad: medians.githubLoadWithMs / medians.githubLoadWithoutMs,
    },
    samples,
  };
}
