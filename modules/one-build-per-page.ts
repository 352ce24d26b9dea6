import { defineWxtModule } from 'wxt/modules';

// WXT builds every HTML page in one Vite build, so the popup, the new tab and the options page
// share chunks: the popup loaded five script files and three stylesheets. Each file an
// extension page loads is a round trip to the browser process, and on the 2-core bench
// machine the popup's first result came 13 ms sooner (of about 90) when its scripts were one
// file (issue #8). Built apart, each page's own modules are one script and one stylesheet;
// only what it imports lazily (the bundled catalog fallback, the new tab's search) stays in
// chunks of its own. The pages' code is the same; only how it is cut into files changes.
export default defineWxtModule({
  name: 'archscout:one-build-per-page',
  setup(wxt) {
    wxt.hooks.hook('entrypoints:grouped', (_wxt, groups) => {
      const split = groups.flatMap((group) =>
        Array.isArray(group) && group.length > 1 ? group.map((entrypoint) => [entrypoint]) : [group],
      );
      groups.splice(0, groups.length, ...split);
    });
  },
});
