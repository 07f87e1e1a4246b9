// The demo CRM as a single-page app: hash routes swap the main view in place (as real CRMs do,
// which is what a content script's rescans must cope with), and the activity feed grows on demand.
//
//   #/contacts        contact list
//   #/contacts/c-001  contact record

import { incomingActivity, seedActivity } from './activity.js';
import { contacts } from './contacts.js';
import { icon } from './dom.js';
import { activityItem, renderContactList, renderContactRecord, renderNotFound } from './views.js';

const AUTO_INTERVAL_MS = 4000;
// The feed keeps its newest rows; older ones are dropped, as a live feed does.
const MAX_ACTIVITY_ROWS = 40;

/** Which view a location hash asks for. */
export function parseRoute(hash) {
  const record = /^#\/contacts\/([\w-]+)\/?$/.exec(hash);
  if (record) return { name: 'record', id: record[1] };
  return { name: 'list' };
}

function renderRoute(route) {
  if (route.name === 'record') {
    const contact = contacts.find((c) => c.id === route.id);
    return {
      view: contact ? renderContactRecord(contact) : renderNotFound(route.id),
      title: contact ? contact.name : 'Contact not found',
    };
  }
  return { view: renderContactList(contacts), title: 'Contacts' };
}

/**
 * Wires the page: first render, hash navigation, and the activity feed's controls.
 * Returns `addActivity` (what the Simulate button does) and `stop` (removes listeners and timer).
 */
export function startApp() {
  const view = document.getElementById('view');
  const feed = document.getElementById('activity-list');
  const simulate = document.getElementById('simulate-activity');
  const auto = document.getElementById('auto-activity');
  const newCount = document.getElementById('activity-new');

  const show = () => {
    const { view: content, title } = renderRoute(parseRoute(window.location.hash));
    view.replaceChildren(content);
    document.title = `${title} · Ringside Demo CRM`;
    window.scrollTo(0, 0);
  };

  for (const item of document.querySelectorAll('[data-icon]')) {
    item.prepend(icon(item.dataset.icon));
  }
  feed.replaceChildren(...seedActivity.map(activityItem));
  let added = 0;
  const addActivity = () => {
    const item = incomingActivity[added % incomingActivity.length];
    added += 1;
    feed.prepend(activityItem(item));
    while (feed.children.length > MAX_ACTIVITY_ROWS) feed.lastElementChild.remove();
    newCount.textContent = `${added} new`;
    newCount.hidden = false;
  };

  let timer = null;
  const listeners = new window.AbortController();
  const { signal } = listeners;
  simulate.addEventListener('click', addActivity, { signal });
  auto.addEventListener(
    'change',
    () => {
      window.clearInterval(timer);
      timer = auto.checked ? window.setInterval(addActivity, AUTO_INTERVAL_MS) : null;
    },
    { signal },
  );

  window.addEventListener('hashchange', show, { signal });
  show();
  return {
    addActivity,
    stop() {
      window.clearInterval(timer);
      listeners.abort();
    },
  };
}
