// Types of kamailio.mjs.
export const SIP_DOMAIN: string;
export const CATCH_ALL_USER: string;
export function assertSafeCredential(kind: 'user' | 'password', value: string): void;
export function kamailioConfig(options: {
  port: number;
  users: Record<string, string>;
  modulesDir?: string;
}): string;
export function kamailioPath(): string | undefined;
export function kamailioAvailable(): boolean;
export function kamailioModulesDir(): string;
export function freePort(): Promise<number>;
export function startKamailio(
  users: Record<string, string>,
  options?: { port?: number },
): Promise<{
  wsUrl: string;
  port: number;
  domain: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}>;
