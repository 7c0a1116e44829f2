/** What jsdom lacks for our components: layout sizes, scrolling, media queries, dialogs. */
import { ROW_PX, VIEWPORT_PX } from './setup';

Object.defineProperties(HTMLElement.prototype, {
  clientHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('transcript-scroller') ? VIEWPORT_PX : 0;
    },
  },
  clientWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('transcript-scroller') ? 800 : 0;
    },
  },
  scrollHeight: {
    configurable: true,
    get(this: HTMLElement) {
      // The list's total height is the inline height of its sizer element.
      const sizer = this.firstElementChild as HTMLElement | null;
      return this.classList.contains('transcript-scroller')
        ? Number.parseFloat(sizer?.style.height ?? '') || 0
        : 0;
    },
  },
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-cue-index') ? ROW_PX : 0;
    },
  },
});

// jsdom has no scrolling: keep the position an element was scrolled to, as a browser would.
const scrollTops = new WeakMap<Element, number>();
Object.defineProperty(Element.prototype, 'scrollTop', {
  configurable: true,
  get(this: Element) {
    return scrollTops.get(this) ?? 0;
  },
  set(this: Element, value: number) {
    scrollTops.set(this, Math.max(0, value));
  },
});
Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
  if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
  this.dispatchEvent(new Event('scroll'));
} as Element['scrollTo'];

window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

// jsdom has <dialog> but not its modal methods: open and close it the way a browser does.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom's Blob has no stream(): give it one, as browsers do, reading the blob in one piece.
if (typeof Blob.prototype.stream !== 'function') {
  Blob.prototype.stream = function stream(this: Blob) {
    return new ReadableStream<Uint8Array>({
      start: async (controller) => {
        controller.enqueue(new Uint8Array(await this.arrayBuffer()));
        controller.close();
      },
    });
  } as Blob['stream'];
}

// Components rendered on their own (not through lazyWithMessages) find every English message.
await (await import('../src/i18n/i18n')).ensureAllMessages();
