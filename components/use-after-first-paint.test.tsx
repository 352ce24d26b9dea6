// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useAfterFirstPaint', () => {
  // Timers are faked, so "no frame yet" is a span of the page's own clock, not a real wait a
  // busy machine could stretch. renderHook's result follows a render in an effect, which Preact
  // runs after the next frame or 35 ms; frames come only when the test calls them.
  const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

  it('is false until its frame comes, then true', async () => {
    fakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(result.current).toBe(false); // no frame yet
    for (const frame of frames.splice(0)) frame(performance.now());
    // The frame's task, the render and the effect that reports it, well before the 100 ms fallback.
    await vi.advanceTimersByTimeAsync(40);
    expect(result.current).toBe(true);
  });

  it('turns true in a hidden page too, where no frame comes', async () => {
    fakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await vi.advanceTimersByTimeAsync(150); // the 100 ms fallback, then the render reported
    expect(result.current).toBe(true);
  });
});
