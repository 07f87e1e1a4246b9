// Types of app.js, for the TypeScript tests that render the demo CRM.

export type Route = { name: 'list' } | { name: 'record'; id: string };

export function parseRoute(hash: string): Route;

export function startApp(): { addActivity(): void; stop(): void };
