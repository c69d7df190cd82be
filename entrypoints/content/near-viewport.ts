// Calls back when an element comes near the viewport, once. Annotation follows the reader:
// what is on screen first, the rest as it is scrolled towards.

// One screen above and below: far enough that wrapping is done before the text is seen,
// near enough that a long page is not wrapped all at once.
const MARGIN = '100% 0px 100% 0px';

export class NearViewport {
  private readonly observer: IntersectionObserver;

  constructor(onNear: (element: Element) => void) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          this.observer.unobserve(entry.target);
          onNear(entry.target);
        }
      },
      { rootMargin: MARGIN },
    );
  }

  watch(element: Element): void {
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    this.observer.unobserve(element);
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}
