/**
 * What jsdom lacks and Fluent UI v9 uses: ResizeObserver (MessageBar reflows its actions). The real
 * browser test (test/e2e) runs the pane in Chromium, where these exist.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; window?: { ResizeObserver?: unknown } };
g.ResizeObserver ??= NoopResizeObserver;
if (g.window) g.window.ResizeObserver ??= NoopResizeObserver;
