export interface LargeAccountOptions {
  numbers: number;
  agents: number;
  ringGroups: number;
  seed: number;
}
export function generateLargeAccount(options: LargeAccountOptions): Record<string, unknown> & {
  numbers: { id: string; number: string; label: string; ringGroups: string[] }[];
  agents: { id: string; name: string; email: string; ringGroups: string[] }[];
};
