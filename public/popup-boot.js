// Keeps letters typed before popup.html's search field exists: see entrypoints/popup/index.html.
(() => {
  let typed = '';
  const collect = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key === 'Backspace') typed = Array.from(typed).slice(0, -1).join('');
    else if (Array.from(event.key).length === 1) typed += event.key;
  };
  document.addEventListener('keydown', collect, true);
  // Parsed ('interactive', before any module script runs): the field gets the letters and focus.
  document.addEventListener(
    'readystatechange',
    () => {
      const field = document.getElementById('popup-early-search');
      document.removeEventListener('keydown', collect, true);
      if (!field) return;
      field.value += typed;
      field.focus();
    },
    { once: true },
  );
})();
