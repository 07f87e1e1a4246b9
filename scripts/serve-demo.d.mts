// Types of serve-demo.mjs, for the TypeScript tests that start the demo CRM server.

export const DEFAULT_DEMO_PORT: number;
export const DEMO_ROOT: string;

export interface DemoServer {
  /** http://localhost:<port>/ (the server listens on 127.0.0.1). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startDemoServer(options?: { port?: number; root?: string }): Promise<DemoServer>;

export function contentType(filePath: string): string;

export function resolveRequestPath(
  root: string,
  requestUrl: string,
): Promise<{ status: 200; file: string; size: number } | { status: 400 | 403 | 404 }>;

export function portFromCommandLine(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): number;

export function portInUseMessage(port: number, envName: string): string;
