/**
 * Ends the current task: what follows runs in a new one, after the browser has had the chance to
 * handle input and paint. Chromium's `scheduler.yield` keeps the continuation ahead of other
 * queued work; elsewhere a message to ourselves does (a 0 ms timeout can be clamped to 4 ms).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
