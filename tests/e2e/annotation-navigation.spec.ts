import {
  annotation,
  fixtureFor,
  type GithubLayout,
  githubPage,
  openGithubPage,
  type SoftNavEvent,
  softNavigate,
} from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
import { expect, test } from '../helpers/test';

// Issue #6: GitHub navigates without reloads. After any sequence of soft navigations there is
// exactly one annotation for the current listed project and none elsewhere.

interface Step {
  path: string;
  project: string | null;
  layout?: GithubLayout; // the page's sidebar generation, when it is a repository root
}

const STEPS: Step[] = [
  { path: '/hashicorp/consul', project: 'consul' },
  { path: '/torvalds/linux', project: null },
  { path: '/apache/zookeeper', project: 'zookeeper', layout: 'pagelayout' },
  { path: '/apache/zookeeper/issues/12', project: 'zookeeper' },
  { path: '/search?q=etcd', project: null },
  { path: '/coreos/etcd', project: 'etcd', layout: 'classic' },
  { path: '/hashicorp/consul-template', project: 'consul-template' },
  { path: '/hashicorp/consul-template/pulls', project: 'consul-template' },
  { path: '/hashicorp/consul', project: 'consul', layout: 'pagelayout' },
  { path: '/settings/profile', project: null },
  { path: '/rabbitmq/rabbitmq-server', project: 'rabbitmq' },
  { path: '/rabbitmq/rabbitmq-server/blob/main/README.md', project: 'rabbitmq' },
  { path: '/facebook/react', project: null },
  { path: '/Etcd-IO/ETCD/tree/main/server/etcdserver', project: 'etcd' },
  { path: '/Etcd-IO/ETCD', project: 'etcd' },
  { path: '/topics/x', project: null },
  { path: '/Netflix/Hystrix', project: 'hystrix', layout: 'classic' },
  { path: '/nginx/nginx', project: 'nginx' },
  { path: '/orgs/x', project: null },
  { path: '/protocolbuffers/protobuf', project: 'protocol-buffers' },
];

const EVENTS: SoftNavEvent[] = ['turbo:render', 'soft-nav:end', 'soft-nav:react-done', 'turbo:frame-load', 'popstate'];

test('20 soft navigations between listed and unlisted repositories: one annotation or none after each', async ({
  ext,
}) => {
  const { page, errors } = await openGithubPage(ext);
  const script = await watchContentScript(ext, page);
  await page.goto('https://github.com/etcd-io/etcd');
  await expect(annotation(page)).toHaveAttribute('data-project', 'etcd');
  expect(STEPS).toHaveLength(20);
  for (const [i, step] of STEPS.entries()) {
    const url = `https://github.com${step.path}`;
    const html = step.layout ? fixtureFor(step.layout, url) : githubPage(new URL(url));
    const event = EVENTS[i % EVENTS.length] as SoftNavEvent;
    await softNavigate(page, url, html, event);
    const where = `step ${i + 1}: ${step.path} (${event})`;
    if (step.project) {
      await expect(annotation(page), where).toHaveAttribute('data-project', step.project);
      await expect(annotation(page), where).toHaveCount(1);
      // The one annotation is the live one (with its shadow root), placed for this page.
      const placement = await annotation(page).evaluate((el) => [!!el.shadowRoot, el.getAttribute('data-placement')]);
      const sidebar = !/\/(issues|pulls|blob|tree)\b/.test(step.path) && !step.path.includes('?');
      expect(placement, where).toEqual([true, sidebar ? 'sidebar' : 'floating']);
    } else {
      // Unlisted: the annotation goes at once, and nothing brings it back (a card still on its
      // way for the page before, a re-render): the script has had its say once it is settled.
      await expect(annotation(page), where).toHaveCount(0);
      expect(await script.settled(), where).toBe('settled');
      expect(await annotation(page).count(), where).toBe(0);
    }
  }
  expect(errors).toEqual([]);
});

test('a re-render that discards the annotation (hydration) brings it back in place', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await expect(annotation(page)).toHaveCount(1);
  // React replaces the sidebar subtree without any navigation event.
  await page.evaluate(() => {
    const sidebar = document.querySelector('[class*="Sidebar-module__sidebar"]');
    if (sidebar) sidebar.replaceWith(sidebar.cloneNode(true));
  });
  await expect(annotation(page)).toHaveCount(1);
  await expect
    .poll(() => annotation(page).evaluate((el) => !!el.shadowRoot && el.previousElementSibling?.textContent))
    .toContain('About');
});

test('a sidebar that renders after the page loads takes the annotation from the floating badge', async ({ ext }) => {
  const { page } = await openGithubPage(ext);
  // Start on a page whose sidebar arrives late (asynchronous section rendering).
  await ext.serve('https://github.com/etcd-io/etcd', (url) =>
    fixtureFor('react', url.href).replace(/<section class="SidebarSection[\s\S]*?<\/section>/g, ''),
  );
  await page.goto('https://github.com/etcd-io/etcd');
  await expect(annotation(page)).toHaveAttribute('data-placement', 'floating');
  await page.evaluate(() => {
    const sidebar = document.querySelector('[class*="Sidebar-module__sidebar"]');
    for (const title of ['About', 'Releases']) {
      const section = document.createElement('section');
      section.className = 'SidebarSection-module__sidebarSection__z';
      section.append(Object.assign(document.createElement('h2'), { textContent: title }));
      sidebar?.append(section);
    }
  });
  await expect(annotation(page)).toHaveAttribute('data-placement', 'sidebar');
  await expect(annotation(page)).toHaveCount(1);
});
