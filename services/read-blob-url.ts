// Reads a file an extension page handed over as a blob: URL (handlers/transfer.ts).

import { errorText } from '@/catalog/error-text';
import type { ImportProblem } from '@/catalog/transfer/import-problem';
import { MAX_IMPORT_BYTES } from '@/catalog/transfer/parse-import';
import { RequestError } from './handlers/types';

/** The file's text, or `too-large` when it is, found from its size before any of it is decoded. */
export async function readBlobUrl(url: string): Promise<string | ImportProblem> {
  let blob: Blob;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`status ${response.status}`);
    blob = await response.blob();
  } catch (error) {
    // The page closed (its blob: URLs went with it), or it revoked the URL too soon.
    throw new RequestError(`The file could not be read (${errorText(error)})`);
  }
  if (blob.size > MAX_IMPORT_BYTES) return { code: 'too-large', bytes: blob.size, limit: MAX_IMPORT_BYTES };
  return blob.text();
}
