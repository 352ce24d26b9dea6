import type { ExportFile } from '@/services/protocol';

/**
 * Hands a text file to the browser's download flow through a Blob URL and `<a download>`,
 * so export needs no `downloads` permission (issue #10). The URL is revoked once the click
 * has been dispatched (the download keeps its own reference).
 */
export function saveTextFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
