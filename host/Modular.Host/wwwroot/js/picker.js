// Searchable person and organization pickers (Shared/_PersonPicker, Shared/_OrganizationPicker). The page sends a
// plain field (a list, or a number box) that works without JavaScript; this turns it into a box that searches the
// jurisdiction as one types (/api/j/{code}/pickers/...), with a list one picks from by touch, mouse or keyboard
// (arrows, Enter, Escape), and a hidden input that posts the chosen id under the field's name. Texts come from the
// page's data-picker-* attributes, in the page's language. Plain script: no build step, no framework.
(function () {
  if (window.modularPickers) return; // each picker's partial includes this file; one copy does the work
  window.modularPickers = true;
  let count = 0;

  function enhance(box) {
    if (box.dataset.pickerReady) return;
    const original = box.querySelector('select, input:not([type=hidden])');
    if (!original || !original.name) return;
    box.dataset.pickerReady = '1';
    const n = ++count;
    const listId = 'picker-list-' + n;

    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = original.name;
    hidden.value = original.dataset.pickerValue !== undefined ? original.dataset.pickerValue : original.value;

    const input = document.createElement('input');
    input.type = 'text';
    input.id = original.id;
    input.className = 'picker-text';
    input.autocomplete = 'off';
    input.required = original.required;
    input.placeholder = box.dataset.pickerPlaceholder || '';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('enterkeyhint', 'search');

    const chosenPath = document.createElement('small');
    chosenPath.className = 'picker-path';

    const list = document.createElement('ul');
    list.id = listId;
    list.className = 'picker-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;

    const status = document.createElement('span');
    status.className = 'picker-status';
    status.setAttribute('aria-live', 'polite');

    // What was chosen before: the selected option, or the number box's person.
    if (original.tagName === 'SELECT') {
      const option = original.selectedOptions[0];
      if (option && option.value) {
        const path = option.dataset.path || '';
        input.value = option.dataset.name || path.split(' › ').pop() || option.textContent.trim();
        chosenPath.textContent = path;
      }
    } else if (original.dataset.pickerLabel) {
      input.value = original.dataset.pickerLabel;
      chosenPath.textContent = original.dataset.pickerPath || '';
    }
    const hint = box.querySelector('#' + CSS.escape(original.id + '-hint'));
    if (hint) hint.remove();
    original.replaceWith(input);
    input.after(hidden, chosenPath, list, status);

    let items = [], active = -1, timer = 0, asked = 0;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const validate = () => input.setCustomValidity(input.value.trim() !== '' && hidden.value === '' ? (box.dataset.pickerChoose || '') : '');
    const highlight = index => {
      active = index;
      [...list.children].forEach((li, i) => li.setAttribute('aria-selected', i === index ? 'true' : 'false'));
      const li = list.children[index];
      if (li && li.getAttribute('role') === 'option') {
        input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };
    const choose = index => {
      const item = items[index];
      if (!item) return;
      clearTimeout(timer); asked++; // a search still on its way must not reopen the list over what comes next
      hidden.value = String(item.id);
      input.value = item.name;
      chosenPath.textContent = item.path || '';
      validate();
      close();
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const show = found => {
      items = found;
      list.replaceChildren();
      if (found.length === 0) {
        const none = document.createElement('li');
        none.className = 'picker-none';
        none.textContent = box.dataset.pickerNone || '';
        list.append(none);
        status.textContent = none.textContent;
      } else status.textContent = '';
      found.forEach((item, i) => {
        const li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = item.name;
        li.append(name);
        if (item.path && item.path !== item.name) {
          const path = document.createElement('small');
          path.textContent = item.path;
          li.append(path);
        }
        li.addEventListener('click', () => choose(i));
        list.append(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    };
    // A page's own list (no source to ask): its options, searched here by name or path.
    const own = box.dataset.pickerSource ? null : Array.from(original.options || []).filter(o => o.value)
      .map(o => ({ id: o.value, name: o.dataset.name || o.textContent.trim(), path: o.dataset.path || '' }));
    const search = () => {
      const mine = ++asked;
      if (own) {
        const q = input.value.trim();
        show(own.filter(o => !q || o.name.includes(q) || o.path.includes(q)).slice(0, 20));
        return;
      }
      const source = box.dataset.pickerSource; // may already carry a query (?within=…)
      fetch(source + (source.includes('?') ? '&' : '?') + 'q=' + encodeURIComponent(input.value.trim()), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(r => { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
        .then(found => { if (mine === asked && document.activeElement === input) show(found); })
        .catch(() => { if (mine === asked) { status.textContent = box.dataset.pickerFailed || ''; close(); } });
    };
    const soon = () => { clearTimeout(timer); timer = setTimeout(search, 250); };

    // A press on the list keeps the focus in the box, so the tap or click lands on the option.
    list.addEventListener('mousedown', e => e.preventDefault());
    input.addEventListener('input', () => {
      hidden.value = '';
      chosenPath.textContent = '';
      validate();
      soon();
    });
    input.addEventListener('focus', () => { if (list.hidden) soon(); });
    input.addEventListener('blur', () => { clearTimeout(timer); asked++; close(); validate(); });
    input.addEventListener('keydown', e => {
      const options = items.length;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) search(); else if (options) highlight((active + 1) % options);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        if (!list.hidden && options) highlight(active <= 0 ? options - 1 : active - 1);
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0) { e.preventDefault(); choose(active); }
        else if (!list.hidden && options === 1) { e.preventDefault(); choose(0); }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); }
      }
    });
    validate();
  }

  const start = () => document.querySelectorAll('.picker[data-picker-source]').forEach(enhance);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
