/** Defaults of the presence options, in a module of its own so pages import no phone tables. */
export const DEFAULT_CALLING_HOURS = { start: '08:00', end: '21:00' } as const;
/** Contact continuity's window when the admin turns it on. */
export const DEFAULT_CONTACT_HISTORY_DAYS = 30;
