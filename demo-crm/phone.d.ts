// Types of window.customerPhone (phone.js), for the tests that drive the demo's customer phone.

export interface CustomerPhoneCall {
  direction: 'in' | 'out';
  /** Incoming: the From header's user, display name, and the P-Asserted-Identity header as sent. */
  fromUser: string;
  fromDisplay: string;
  pai: string;
  /** Outgoing: the target dialled. */
  to: string;
  state: 'ringing' | 'calling' | 'in call' | 'on hold' | 'ended' | 'failed';
  /** Keys received by SIP INFO, in order. */
  dtmf: string;
  /** Re-INVITEs from the other side that put the call on hold. */
  holdReinvites: number;
  /** JsSIP's cause once ended or failed ("Terminated", "Busy", "Canceled", …). */
  cause?: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
}

export interface CustomerPhone {
  state: 'idle' | 'ringing' | 'calling' | 'in call' | 'on hold';
  registered: boolean;
  /** "401: Authentication Error" and the like, when registration failed. */
  registrationError: string;
  calls: CustomerPhoneCall[];
  answer(): void;
  decline(): void;
  hangup(): void;
  call(target: string): void;
  stats(): Promise<{
    inboundPackets: number;
    outboundPackets: number;
    inboundAudioEnergy: number;
    inboundAudioLevel: number;
  }>;
}
