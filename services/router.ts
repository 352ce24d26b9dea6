// Answers runtime messages: sender checked, payload validated, dispatched to
// one handler, result wrapped in an Envelope. Anything else gets an error
// answer, never an exception across the message channel.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { contentScriptOrigins } from './allowed-origins';
import type { BackgroundContext } from './context';
import { handlers } from './handlers';
import type { Handler, HandlerTable } from './handlers/types';
import { RequestError } from './handlers/types';
import { CONTENT_SCRIPT_TYPES, type Envelope, type RequestType } from './protocol';
import { requestSchema } from './request-schema';
import { classifySender, originOf, type SenderInfo, type SenderPolicy } from './sender';

export async function routeMessage(
  ctx: BackgroundContext,
  policy: SenderPolicy,
  message: unknown,
  sender: SenderInfo,
  table: HandlerTable = handlers,
): Promise<Envelope> {
  const kind = classifySender(sender, policy);
  if (kind === null) return { ok: false, error: 'Sender not allowed' };
  const parsed = v.safeParse(requestSchema, message);
  if (!parsed.success) {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    return { ok: false, error: `Invalid request${typeof type === 'string' ? ` "${type.slice(0, 40)}"` : ''}` };
  }
  const request = parsed.output;
  if (kind === 'content' && !CONTENT_SCRIPT_TYPES.has(request.type)) {
    return { ok: false, error: `"${request.type}" is not available to content scripts` };
  }
  try {
    const handler = table[request.type] as Handler<RequestType>;
    return { ok: true, result: await handler(ctx, request, sender) };
  } catch (error) {
    // Expected failures say what went wrong; anything else is logged here and kept vague for the sender.
    if (error instanceof RequestError) return { ok: false, error: error.message };
    console.error(`Archscout: "${request.type}" failed`, error);
    return { ok: false, error: `"${request.type}" failed` };
  }
}

export function browserSenderPolicy(): SenderPolicy {
  return {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/')) ?? '',
    contentOrigins: contentScriptOrigins(),
  };
}

/** Registers the listener. Returning the Promise answers the sender (webextension-polyfill and Firefox). */
export function registerMessageRouter(ctx: BackgroundContext, policy: SenderPolicy = browserSenderPolicy()): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) =>
    routeMessage(ctx, policy, message, sender),
  );
}
