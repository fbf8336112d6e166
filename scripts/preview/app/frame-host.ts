/** Where the course runs. Removing the frame unloads the course at once, so its pagehide handler runs before we go on. */
export interface FrameHost {
  open(src: string): void;
  close(): void;
}

const hosts = new WeakMap<HTMLElement, FrameHost>();

/** One host per container, so React's repeated effects (StrictMode) attach the same frame again. */
export function frameHostFor(container: HTMLElement, title: string): FrameHost {
  const existing = hosts.get(container);
  if (existing) return existing;
  const host = createFrameHost(container, title);
  hosts.set(container, host);
  return host;
}

function createFrameHost(container: HTMLElement, title: string): FrameHost {
  let frame: HTMLIFrameElement | null = null;
  return {
    open(src) {
      frame?.remove();
      frame = container.ownerDocument.createElement('iframe');
      frame.title = title;
      frame.className = 'course-frame__iframe';
      frame.src = src;
      container.append(frame);
    },
    close() {
      frame?.remove();
      frame = null;
    },
  };
}
