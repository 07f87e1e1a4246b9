// Types of contacts.js, for the TypeScript tests that read the demo data.

export interface ContactPhone {
  label: string;
  /** As typed into the CRM, in any national or international format. */
  value: string;
  /** Rendered as a tel: link. */
  link?: boolean;
  /** The link target, when it is not `tel:` + the value's digits. */
  href?: string;
  /** Rendered with the area code in its own element. */
  split?: boolean;
  /** A national-format copy shown next to the international value on the record page. */
  local?: string;
}

export interface Contact {
  id: string;
  name: string;
  title: string;
  company: string;
  email: string;
  address: string;
  city: string;
  owner: string;
  status: 'Customer' | 'Lead' | 'Prospect' | 'At risk' | 'Vendor';
  lastActivity: string;
  lastOrder: string | null;
  openDeal: string;
  phones: ContactPhone[];
}

export const contacts: readonly Contact[];
