// Reads the signed-in person's tasks from /api/tasks; text is set with textContent only.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var body = document.getElementById('tasks');
  var message = document.getElementById('message');
  var position = document.getElementById('position');
  var previous = document.getElementById('previous');
  var next = document.getElementById('next');
  var page = 0;
  var size = 20;
  var dateFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function dutchDate(iso) {
    if (!iso) { return 'geen datum'; }
    var parts = iso.split('-');
    return dateFormat.format(new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
  }

  function query() {
    var params = new URLSearchParams();
    var data = new FormData(form);
    ['status', 'dueBefore', 'owner'].forEach(function (name) {
      var value = (data.get(name) || '').trim();
      if (value) { params.set(name, value); }
    });
    if (data.get('overdue')) { params.set('overdue', 'true'); }
    params.set('page', String(page));
    params.set('size', String(size));
    return params.toString();
  }

  function show(result) {
    body.replaceChildren();
    result.items.forEach(function (task) {
      var row = document.createElement('tr');
      if (task.overdue) { row.className = 'overdue'; }
      var what = cell(row, task.instruction);
      if (task.note) {
        // The citizen's own words (feedback after the outcome): shown as text, never as markup.
        var note = document.createElement('blockquote');
        note.className = 'note';
        note.textContent = task.note;
        what.appendChild(note);
      }
      // A task about many complaints (a pattern signal) has no complaint number: show what it is about.
      cell(row, task.complaintId || task.scope || '');
      cell(row, dutchDate(task.dueOn));
      var status = cell(row, '');
      var badge = document.createElement('span');
      badge.className = task.overdue ? 'badge overdue' : 'badge';
      badge.textContent = task.overdue ? 'Te laat' : (task.status === 'DONE' ? 'Afgerond' : 'Nog te doen');
      status.appendChild(badge);
      if (task.kind === 'FOLLOW_UP_FEEDBACK' && task.status === 'OPEN') {
        // Settled in the conversation, without a reopening or a referral: the owner closes it by hand.
        var done = document.createElement('button');
        done.type = 'button';
        done.textContent = 'Afgerond';
        done.title = 'Het gesprek is gevoerd; de klacht hoeft niet opnieuw behandeld of doorverwezen te worden';
        done.addEventListener('click', function () { markDone(task.id, done); });
        status.appendChild(document.createTextNode(' '));
        status.appendChild(done);
      }
      body.appendChild(row);
    });
    message.textContent = result.totalItems === 0 ? 'Er zijn geen taken die passen bij uw keuze.' : '';
    var pages = Math.max(1, result.totalPages);
    position.textContent = 'Pagina ' + (result.page + 1) + ' van ' + pages + ' (' + result.totalItems + ' taken)';
    previous.disabled = result.page === 0;
    next.disabled = result.page + 1 >= pages;
  }

  function markDone(id, button) {
    button.disabled = true;
    fetch('/api/tasks/' + encodeURIComponent(id) + '/done', { method: 'POST', credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 403) { throw new Error('Alleen wie de taak heeft, kan hem afronden.'); }
        if (!response.ok) { throw new Error('De taak kon niet worden afgerond. Probeer het later opnieuw.'); }
        load();
      })
      .catch(function (error) { button.disabled = false; message.textContent = error.message; });
  }

  function load() {
    message.textContent = 'Taken worden geladen...';
    fetch('/api/tasks?' + query(), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 403) { throw new Error('U mag de taken van deze persoon niet zien.'); }
        if (response.status === 401) { throw new Error('Log eerst in.'); }
        if (!response.ok) { throw new Error('De taken konden niet worden geladen. Probeer het later opnieuw.'); }
        return response.json();
      })
      .then(show)
      .catch(function (error) {
        body.replaceChildren();
        position.textContent = '';
        message.textContent = error.message;
      });
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); page = 0; load(); });
  previous.addEventListener('click', function () { if (page > 0) { page -= 1; load(); } });
  next.addEventListener('click', function () { page += 1; load(); });

  // Live: a new task of mine reloads the list (Server-Sent Events; the browser reconnects by itself).
  if (window.EventSource) {
    var live = new EventSource('/api/tasks/stream', { withCredentials: true });
    live.addEventListener('task', function () { load(); });
  }
  load();
}());
