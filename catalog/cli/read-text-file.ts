import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './usage-error';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A user-supplied text file, refused with a one-line reason when it is missing,
 * not a file, empty, larger than 5 MB (checked before reading) or not UTF-8 text.
 */
export function readTextFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`not a file: ${path}`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new UsageError(`file too large: ${path} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // NUL never occurs in text; a fatal decoder refuses any other non-UTF-8 byte.
  if (bytes.includes(0)) throw new UsageError(`not a text file: ${path} looks binary`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`not a text file: ${path} is not valid UTF-8`);
  }
  if (text.trim() === '') throw new UsageError(`empty file: ${path}`);
  return text;
}
