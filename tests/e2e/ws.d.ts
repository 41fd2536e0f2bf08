// The few members of the `ws` package's client the attribution test uses (ws has no bundled types).
declare module 'ws' {
  export class WebSocket {
    constructor(url: string);
    once(event: 'open' | 'error', listener: (value?: unknown) => void): this;
    on(event: 'message', listener: (data: Buffer) => void): this;
    send(data: string): void;
    close(): void;
  }
}
