/** Lets a promise fail unseen: the background may be restarting or the extension reloading, and the page must not see errors. */
export const quietly = (promise: Promise<unknown>): void => {
  promise.catch(() => {});
};
