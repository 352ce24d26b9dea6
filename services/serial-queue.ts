// Runs user-data work one task at a time. The background answers messages
// concurrently, and a sync pass reads, merges and writes favourites: without
// this a favourite removed mid-merge could be put back by the merge's stale view.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
