// Page timings in headless Chromium with the built extension (issue #8). Every figure is a
// median over runs, and each run also loads a blank extension page, so a slow or busy machine
// shows up in the reference as much as in the figure: the ratios are what compare across machines.

import { MAX_VISITS } from '../catalog/store/schema';
import { type BrowserSession, measurePage } from './browser-session';
import { FLOOR_BLANK_PAGE, FLOOR_PAGE, FLOOR_PAGE_SELECTOR } from './floor-extension';
import type { Probe, ProbeResult } from './page-probes';
import { bootstrapMedianDifference, type Interval, median } from './stats';

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
// The GitHub fixture loads in 30-40 ms and the extension's share is a few of them: its ratios
// need more samples than the pages' do (100 loads per browser at 20 runs).
const GITHUB_REPEATS = 5;
const GITHUB_ORDERS = [
  ['ext', 'plain', 'floor'],
  ['plain', 'floor', 'ext'],
  ['floor', 'ext', 'plain'],
  ['ext', 'floor', 'plain'],
  ['plain', 'ext', 'floor'],
  ['floor', 'plain', 'ext'],
] as const;
const FLOOR_PAGE_PROBE: Probe = { kind: 'selector', selector: FLOOR_PAGE_SELECTOR };

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
  // The floor extension (floor-extension.ts), in a browser of its own:
  floorBlankMs: number[]; // its blank page, measured like ours
  floorPageMs: number[]; // its one-script page, to the frame its element is first on screen
  githubLoadFloorMs: number[]; // the GitHub fixture's load with only an empty content script
  // Each opened right after the service worker was stopped (as after 30 s idle), with no other
  // extension page open: the extension's process and background start again.
  coldBlankMs: number[];
  coldPopupFirstResultMs: number[];
  coldNewtabFirstRecommendationMs: number[];
  // Last, with the visit history at its cap (catalog/store/schema.ts MAX_VISITS), as for anyone
  // who has used the extension a while: the new tab reads and summarises all of it.
  fullHistoryNewtabFirstRecommendationMs: number[];
}

export interface BrowserResult {
  runs: number;
  warmups: number;
  medians: Record<keyof BrowserSamples, number>;
  ratios: {
    popup: number;
    newtab: number;
    githubLoad: number;
    floorPage: number;
    floorGithubLoad: number;
    coldPopup: number;
    coldNewtab: number;
    fullHistoryNewtab: number;
  };
  /**
   * GitHub fixture load, median differences with 95% bootstrap intervals (stats.ts): what the
   * extension adds to the page, and what it adds beyond a do-nothing content script.
   */
  githubLoadAddedMs: { overPlain: Interval; overFloor: Interval };
  samples: BrowserSamples;
}

export async function benchBrowser(
  session: BrowserSession,
  { runs, warmups, log }: { runs: number; warmups: number; log: (line: string) => void },
): Promise<BrowserResult> {
  const { ext, plain, floor, extensionUrl, floorUrl } = session;
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
    floorBlankMs: [],
    floorPageMs: [],
    githubLoadFloorMs: [],
    coldBlankMs: [],
    coldPopupFirstResultMs: [],
    coldNewtabFirstRecommendationMs: [],
    fullHistoryNewtabFirstRecommendationMs: [],
  };
  for (let run = 0; run < warmups + runs; run++) {
    const blank = await measurePage(ext.context, extensionUrl(BLANK_PAGE), LOAD_PROBE);
    const popup = await measurePage(ext.context, extensionUrl('popup.html'), POPUP_PROBE, {
      viewport: { width: 380, height: 600 },
    });
    const newtab = await measurePage(ext.context, extensionUrl('newtab.html'), NEWTAB_PROBE);
    const floorBlank = await measurePage(floor.context, floorUrl(FLOOR_BLANK_PAGE), LOAD_PROBE);
    const floorPage = await measurePage(floor.context, floorUrl(FLOOR_PAGE), FLOOR_PAGE_PROBE);
    // The fixture in the three browsers, GITHUB_REPEATS times, each time in another order, so
    // none always gets the warmer machine: a few milliseconds of load time are the whole story.
    const github: Record<'ext' | 'plain' | 'floor', ProbeResult[]> = { ext: [], plain: [], floor: [] };
    for (let repeat = 0; repeat < GITHUB_REPEATS; repeat++) {
      for (const which of GITHUB_ORDERS[(run * GITHUB_REPEATS + repeat) % GITHUB_ORDERS.length]) {
        if (which === 'ext') github.ext.push(await measurePage(ext.context, GITHUB_FIXTURE, ANNOTATION_PROBE));
        if (which === 'plain') github.plain.push(await measurePage(plain, GITHUB_FIXTURE, NO_ANNOTATION_PROBE));
        if (which === 'floor') github.floor.push(await measurePage(floor.context, GITHUB_FIXTURE, NO_ANNOTATION_PROBE));
      }
    }
    if (run < warmups) continue;
    samples.floorBlankMs.push(floorBlank.readyMs);
    samples.floorPageMs.push(floorPage.readyMs);
    for (const withExt of github.ext) {
      samples.annotationAfterDomContentLoadedMs.push(withExt.readyMs - withExt.domContentLoadedMs);
      samples.githubLoadWithMs.push(withExt.loadMs);
      samples.githubDomContentLoadedWithMs.push(withExt.domContentLoadedMs);
    }
    for (const without of github.plain) {
      samples.githubLoadWithoutMs.push(without.loadMs);
      samples.githubDomContentLoadedWithoutMs.push(without.domContentLoadedMs);
    }
    samples.githubLoadFloorMs.push(...github.floor.map((floorGithub) => floorGithub.loadMs));
    samples.blankMs.push(blank.readyMs);
    samples.popupTypeableMs.push(popup.typedMs ?? Number.NaN);
    samples.popupFirstResultMs.push(popup.readyMs);
    samples.newtabFirstRecommendationMs.push(newtab.readyMs);
    log(
      `  run ${run - warmups + 1}/${runs}: blank ${blank.readyMs.toFixed(1)} ms, popup ${popup.readyMs.toFixed(1)} ms`,
    );
  }
  // Apart, after every other run: stopping the worker with no extension page open ends the
  // extension's process, and pages measured after that would start in a cold one.
  for (let run = 0; run < runs; run++) {
    await session.stopBackground();
    samples.coldBlankMs.push((await measurePage(ext.context, extensionUrl(BLANK_PAGE), LOAD_PROBE)).readyMs);
    await session.stopBackground();
    const popup = await measurePage(ext.context, extensionUrl('popup.html'), POPUP_PROBE, {
      viewport: { width: 380, height: 600 },
    });
    samples.coldPopupFirstResultMs.push(popup.readyMs);
    await session.stopBackground();
    samples.coldNewtabFirstRecommendationMs.push(
      (await measurePage(ext.context, extensionUrl('newtab.html'), NEWTAB_PROBE)).readyMs,
    );
  }
  await session.fillVisitHistory(MAX_VISITS);
  for (let run = 0; run < runs; run++) {
    samples.fullHistoryNewtabFirstRecommendationMs.push(
      (await measurePage(ext.context, extensionUrl('newtab.html'), NEWTAB_PROBE)).readyMs,
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
      floorPage: medians.floorPageMs / medians.floorBlankMs,
      floorGithubLoad: medians.githubLoadFloorMs / medians.githubLoadWithoutMs,
      // Against the blank page of the main runs: the cold blank page itself varies with whether
      // Chromium kept the extension's process (34-60 ms here), which says nothing about our pages.
      coldPopup: medians.coldPopupFirstResultMs / medians.blankMs,
      coldNewtab: medians.coldNewtabFirstRecommendationMs / medians.blankMs,
      fullHistoryNewtab: medians.fullHistoryNewtabFirstRecommendationMs / medians.blankMs,
    },
    githubLoadAddedMs: {
      overPlain: bootstrapMedianDifference(samples.githubLoadWithMs, samples.githubLoadWithoutMs),
      overFloor: bootstrapMedianDifference(samples.githubLoadWithMs, samples.githubLoadFloorMs),
    },
    samples,
  };
}
