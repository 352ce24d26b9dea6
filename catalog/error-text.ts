// What a caught value says: an Error's message, anything else written out. Browsers reject with
// Errors, but a `catch` may receive any value (a thrown string, a DOMException-like object).

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
