/**
 * Runs `work` once the page has painted: at once when it has (or cannot: a hidden tab draws
 * no frames), else after its next frame. Paint timing's entries say whether it has; an engine
 * without them waits one frame, which is harmless.
 */
export function afterFirstPaint(work: () => void): void {
  if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) return work();
  requestAnimationFrame(() => setTimeout(work));
}
