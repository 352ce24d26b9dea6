/**
 * Keeps letters typed before the popup's search field exists (entrypoints/popup/index.html):
 * its script takes a moment to load, and a fast typist's first letters would land nowhere
 * (seen: "rabitmq" typed at once arriving as "abitmq"). Once the page is parsed ('interactive',
 * before any module script runs) the field with `fieldId` gets the letters and the focus, and
 * typing goes on there natively until the app takes the field over (components/use-take-over.ts).
 */
export function keepEarlyTyping(fieldId: string, doc: Document = document): void {
  let typed = '';
  const collect = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key === 'Backspace') typed = Array.from(typed).slice(0, -1).join('');
    else if (Array.from(event.key).length === 1) typed += event.key;
  };
  doc.addEventListener('keydown', collect, true);
  doc.addEventListener(
    'readystatechange',
    () => {
      const field = doc.getElementById(fieldId);
      doc.removeEventListener('keydown', collect, true);
      if (!(field instanceof HTMLInputElement)) return;
      field.value += typed;
      field.focus();
    },
    { once: true },
  );
}
