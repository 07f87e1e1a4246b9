// Types of message.mjs, for its unit tests.
export class SipParseError extends Error {}

export interface ParsedUri {
  user?: string;
  host: string;
  hasParam(name: string): boolean;
  getParam(name: string): string | null | undefined;
}
export interface ParsedNameAddr {
  uri: ParsedUri;
  display_name?: string;
  hasParam(name: string): boolean;
  getParam(name: string): string | null | undefined;
}
export interface ParsedVia {
  protocol: string;
  transport: string;
  host: string;
  port?: number;
  branch?: string;
  params?: Record<string, string | null>;
}

export interface SipMessage {
  kind: 'request' | 'response';
  method?: string;
  uri?: string;
  status?: number;
  reason?: string;
  headers: Array<{ name: string; value: string }>;
  body: string;
  cseq: { seq: number; method: string };
  vias: ParsedVia[];
  from: ParsedNameAddr;
  to: ParsedNameAddr;
}

export function canonicalName(name: string): string;
export function parseMessage(text: string): SipMessage;
export function getHeader(message: SipMessage, name: string): string | undefined;
export function getList(message: SipMessage, name: string): string[];
export function splitList(value: string): string[];
export function setList(message: SipMessage, name: string, values: string[]): void;
export function setHeader(message: SipMessage, name: string, value: string): void;
export function serializeMessage(
  message: Omit<SipMessage, 'cseq' | 'vias' | 'from' | 'to'>,
): string;
export function responseTo(
  request: SipMessage,
  status: number,
  reason: string,
  extra?: Array<[string, string]>,
  toTag?: string,
): SipMessage;
