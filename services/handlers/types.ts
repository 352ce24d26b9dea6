import type { BackgroundContext } from '../context';
import type { RequestOf, RequestType, ResponseFor } from '../protocol';
import type { SenderInfo } from '../sender';

export type Handler<T extends RequestType> = (
  ctx: BackgroundContext,
  request: RequestOf<T>,
  sender: SenderInfo,
) => Promise<ResponseFor<T>>;

/** One handler per request type; the compiler refuses a table that misses one. */
export type HandlerTable = { [T in RequestType]: Handler<T> };

/** A request the background understood but cannot satisfy (unknown project, not a favourite). */
export class RequestError extends Error {
  override name = 'RequestError';
}
