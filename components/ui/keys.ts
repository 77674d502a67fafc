/**
 * Which focused elements keep a key for themselves, for the page-level key handlers (simulator, journey,
 * compare, presenter): a form field keeps every key; a control that Space activates keeps Space.
 */

/** Text entry and choice fields: every key typed there is typing. */
export function isFormField(el: EventTarget | null): boolean {
  return (
    el instanceof HTMLElement &&
    (el.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName))
  );
}

const SPACE_ROLES = new Set(["button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "option"]);

/**
 * A control that Space activates or scrolls past natively: a button, a link, a disclosure's <summary>, or
 * an element with such a role. Space pressed there is that control's, not "play".
 */
export function ownsSpace(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (["BUTTON", "A", "SUMMARY"].includes(el.tagName)) return true;
  const role = el.getAttribute("role");
  return role !== null && SPACE_ROLES.has(role);
}
