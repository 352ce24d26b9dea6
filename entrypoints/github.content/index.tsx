import './style.css';

export default defineContentScript({
  matches: ['https://github.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'archscout-annotation',
      position: 'overlay',
      anchor: 'body',
      onMount(container) {
        container.textContent = 'Archscout';
      },
    });
    ui.mount();
  },
});
