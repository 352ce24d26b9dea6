// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useAfterFirstPaint', () => {
  it('is false for the first render and true after the next frame', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.current).toBe(false); // no frame yet
    for (const frame of frames.splice(0)) frame(performance.now());
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('turns true in a hidden page too, where no frame comes', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true), { timeout: 1_000 });
  });
});
