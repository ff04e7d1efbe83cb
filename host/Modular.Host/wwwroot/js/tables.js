// A data table wider than the page scrolls inside its own box rather than pushing the whole page
// sideways (on a phone, or a wide ledger on a desktop; a "cards" table is one card per row on a
// phone, but many columns with English headings can still outgrow a desktop).
// Tables with class "sortable" sort by a click on a column heading; a "filterable" table gets a
// search box that hides rows without the typed text. Plain script: no build step, no framework.
(function () {
  document.querySelectorAll('main table.data:not(.calendar)').forEach(table => {
    if (table.parentElement.classList.contains('table-scroll')) return;
    const box = document.createElement('div');
    box.className = 'table-scroll';
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
  });
  const text = cell => (cell ? cell.textContent.trim() : '');
  const compare = (a, b) => {
    const x = parseFloat(a.replace('%', '')), y = parseFloat(b.replace('%', ''));
    return !isNaN(x) && !isNaN(y) ? x - y : a.localeCompare(b, 'zh-CN');
  };
  document.querySelectorAll('table.sortable').forEach(table => {
    table.querySelectorAll('thead th').forEach((th, column) => {
      th.classList.add('sort');
      th.addEventListener('click', () => {
        const body = table.tBodies[0];
        const ascending = th.dataset.order !== 'asc';
        table.querySelectorAll('thead th').forEach(h => delete h.dataset.order);
        th.dataset.order = ascending ? 'asc' : 'desc';
        [...body.rows]
          .sort((r1, r2) => compare(text(r1.cells[column]), text(r2.cells[column])) * (ascending ? 1 : -1))
          .forEach(row => body.appendChild(row));
      });
    });
  });
  document.querySelectorAll('table.filterable').forEach(table => {
    const box = document.createElement('input');
    box.type = 'search';
    box.className = 'table-filter';
    box.placeholder = document.documentElement.lang.startsWith('en') ? 'Filter…' : '筛选…';
    box.setAttribute('aria-label', document.documentElement.lang.startsWith('en') ? 'Filter the rows below' : '筛选下表的行');
    box.addEventListener('input', () => {
      const wanted = box.value.trim().toLowerCase();
      [...table.tBodies[0].rows].forEach(row => { row.hidden = wanted !== '' && !row.textContent.toLowerCase().includes(wanted); });
    });
    table.parentNode.insertBefore(box, table);
  });
})();
