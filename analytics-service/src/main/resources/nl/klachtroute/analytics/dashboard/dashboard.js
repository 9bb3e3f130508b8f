// The analytics dashboard: reads the JSON APIs of this service (same origin, signed in) and draws tiles,
// SVG charts and tables. Text is set with textContent only; nothing is loaded from elsewhere.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  var CATEGORY_NAMES = {
    BEJEGENING: 'Bejegening', ERVAREN_DISCRIMINATIE: 'Ervaren discriminatie', BEREIKBAARHEID: 'Bereikbaarheid',
    INFORMATIEVOORZIENING: 'Informatievoorziening', TIJDIGHEID: 'Tijdigheid',
    PROCEDURE_EN_BESLUITVORMING: 'Procedure en besluitvorming', RE_INTEGRATIETRAJECT: 'Re-integratietraject',
    BEVEILIGING_EN_FOUILLEREN: 'Beveiliging en fouilleren', FINANCIEEL: 'Financieel', PRIVACY: 'Privacy',
    OVERIG: 'Overig'
  };
  var SIGNAL_KINDS = {
    RISING_ABOVE_BASELINE: 'Meer klachten dan gewoonlijk',
    CONDUCT_CLUSTER: 'Veel klachten over bejegening of discriminatie bij één team',
    REPEAT_COMPLAINANT: 'Klagers die vaker een klacht indienen',
    DEADLINE_COMPLIANCE_DROPPING: 'Minder vaak op tijd contact met de klager'
  };
  var form = document.getElementById('filters');
  var statusLine = document.getElementById('status');
  var number = new Intl.NumberFormat('nl-NL');
  var percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
  var decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

  function el(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function svg(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function api(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.status === 404) { return null; }
      if (!r.ok) { throw new Error('De server antwoordde ' + r.status + ' op ' + path.split('?')[0]); }
      return r.json();
    });
  }

  function values() {
    var data = new FormData(form);
    var year = data.get('year');
    var quarter = data.get('quarter');
    var from = year + '-01-01';
    var to = year + '-12-31';
    if (quarter) {
      var first = (Number(quarter) - 1) * 3 + 1;
      var last = new Date(Number(year), first + 2, 0).getDate();
      from = year + '-' + String(first).padStart(2, '0') + '-01';
      to = year + '-' + String(first + 2).padStart(2, '0') + '-' + last;
    }
    return { year: year, quarter: quarter, from: from, to: to, department: data.get('department') || '',
      team: data.get('team') || '', category: data.get('category') || '' };
  }

  function query(v, extra) {
    var p = new URLSearchParams(extra);
    p.set('from', v.from);
    p.set('to', v.to);
    if (v.department) { p.set('department', v.department); }
    if (v.team) { p.set('team', v.team); }
    if (v.category) { p.set('groupBy', 'category'); }
    return p.toString();
  }

  /** The feedback figures of the whole period, per category when one is chosen; never per team. */
  function feedbackQuery(v) {
    var p = new URLSearchParams({ period: 'year', from: v.from, to: v.to });
    if (v.department) { p.set('department', v.department); }
    if (v.category) { p.set('groupBy', 'category'); }
    return p.toString();
  }

  /** The KPI rows that match the filters (with a category: only that category's rows). */
  function rows(report, v) {
    return (report ? report.rows : []).filter(function (r) { return !v.category || r.group === v.category; });
  }

  function cellText(cell) {
    if (!cell) { return '0'; }
    return cell.suppressed ? '< 5' : number.format(cell.count || 0);
  }

  function shareText(ratio) {
    if (!ratio) { return 'geen'; }
    if (ratio.suppressed) { return '< 5'; }
    return ratio.share === null || ratio.share === undefined ? 'geen' : percent.format(ratio.share);
  }

  function tile(container, label, value, note, cls) {
    var t = el('div', { 'class': 'tile' + (cls ? ' ' + cls : ''), 'data-tile': label });
    t.appendChild(el('div', { 'class': 'label' }, label));
    t.appendChild(el('div', { 'class': 'value' }, value));
    if (note) { t.appendChild(el('div', { 'class': 'note' }, note)); }
    container.appendChild(t);
  }

  function showTiles(report, v) {
    var box = document.getElementById('tiles');
    box.replaceChildren();
    var row = rows(report, v)[0];
    var k = row && row.kpis;
    if (!row || row.suppressed || !k) {
      tile(box, 'Klachten', row && row.suppressed ? '< 5' : '0', 'Te weinig klachten om cijfers te tonen');
      return;
    }
    var target = report.onTimeTarget;
    tile(box, 'Klachten', cellText(k.received), 'ontvangen in de gekozen periode');
    tile(box, 'Contact binnen 5 werkdagen', shareText(k.contactedWithin5WorkingDays),
      k.contactedWithin5WorkingDays && !k.contactedWithin5WorkingDays.suppressed
        ? number.format(k.contactedWithin5WorkingDays.count || 0) + ' van ' + number.format(k.contactedWithin5WorkingDays.of || 0) : '');
    var onTime = k.handledOnTime;
    var judged = onTime && onTime.share !== null && onTime.share !== undefined && !onTime.suppressed;
    var meets = judged && onTime.share >= target;
    // The words say whether the target is met; the colour only repeats them.
    tile(box, 'Op tijd afgehandeld', shareText(onTime), 'doel van WPI: ' + percent.format(target)
      + (judged ? (meets ? ', gehaald' : ', niet gehaald') : ''), judged ? (meets ? 'meets' : 'below') : '');
    var lead = k.leadTimeDays;
    tile(box, 'Doorlooptijd (mediaan)', lead && !lead.suppressed && lead.median !== null && lead.median !== undefined
      ? lead.median + ' dagen' : (lead && lead.suppressed ? '< 5' : 'geen'),
      lead && !lead.suppressed && lead.p90 !== null && lead.p90 !== undefined ? '90% binnen ' + lead.p90 + ' dagen' : '');
    tile(box, 'Informeel opgelost', cellText(k.informalResolutions), 'naar tevredenheid van de klager');
    tile(box, 'Naar de ombudsman', cellText(k.ombudsmanReferrals), 'doorverwezen');
    tile(box, 'Verdaagd', cellText(k.postponed), 'afhandeltermijn verlengd');
  }

  /** The feedback figures of the filters: the whole period, or the chosen category's row. */
  function feedbackFigures(report, v) {
    if (!report) { return null; }
    if (!v.category) { return report.total; }
    var row = (report.rows || []).filter(function (r) { return r.group === v.category; })[0];
    return row ? row.figures : { answers: 0, suppressed: false };
  }

  function showFeedback(report, v) {
    var box = document.getElementById('feedback');
    box.replaceChildren();
    if (v.team) {
      tile(box, 'Antwoorden', '-', 'Niet per team: daarvoor zijn er te weinig antwoorden');
      return;
    }
    var f = feedbackFigures(report, v);
    if (!f) { tile(box, 'Antwoorden', 'geen', 'Cijfers konden niet worden geladen'); return; }
    if (f.suppressed) { tile(box, 'Antwoorden', '< 5', 'Te weinig antwoorden om cijfers te tonen'); return; }
    tile(box, 'Antwoorden', number.format(f.answers || 0), 'op de vragen na afsluiting');
    if (!f.answers) { return; }
    tile(box, 'Tevredenheid', decimal.format(f.meanSatisfaction), 'gemiddeld, van 1 tot 5');
    tile(box, 'Met respect behandeld', percent.format(f.respect.yes), 'een beetje ' + percent.format(f.respect.partly)
      + ', nee ' + percent.format(f.respect.no));
    tile(box, 'Vertrouwen in de gemeente', decimal.format(f.meanTrust), 'gemiddeld, van 1 tot 5');
    var rate = f.responseRate;
    tile(box, 'Respons', shareText(rate), rate && !rate.suppressed
      ? number.format(rate.count || 0) + ' van ' + number.format(rate.of || 0) + ' afgesloten klachten' : '');
    var followed = f.unhappyFollowedUp;
    tile(box, 'Ontevreden en daarna heropend of ombudsman', shareText(followed), followed && !followed.suppressed
      ? number.format(followed.count || 0) + ' van ' + number.format(followed.of || 0) + ' ontevreden antwoorden' : '');
  }

  /** Vertical bars with a label under and the value above each bar. */
  function barChart(container, bars, title) {
    container.replaceChildren();
    if (!bars.length) { container.appendChild(el('p', { 'class': 'sub' }, 'Geen klachten in deze periode.')); return; }
    var width = 960, height = 300, left = 40, bottom = 40, top = 24;
    var max = Math.max.apply(null, bars.map(function (b) { return b.value || 0; }).concat([1]));
    var slot = (width - left) / bars.length;
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title });
    chart.appendChild(svg('title', {}, title));
    chart.appendChild(svg('line', { 'class': 'axis', x1: left, y1: height - bottom, x2: width, y2: height - bottom }));
    bars.forEach(function (b, i) {
      var h = b.hidden ? 6 : Math.round((height - bottom - top) * (b.value || 0) / max);
      var x = left + i * slot + slot * 0.15;
      var g = svg('g', { 'class': 'bar-group', 'data-label': b.label, 'data-value': b.hidden ? '< 5' : String(b.value) });
      g.appendChild(svg('rect', { 'class': 'bar' + (b.hidden ? ' hidden' : ''), x: x, y: height - bottom - h,
        width: slot * 0.7, height: h }));
      g.appendChild(svg('text', { x: x + slot * 0.35, y: height - bottom - h - 6, 'text-anchor': 'middle',
        'class': 'value-label' }, b.hidden ? '< 5' : number.format(b.value)));
      g.appendChild(svg('text', { x: x + slot * 0.35, y: height - bottom + 18, 'text-anchor': 'middle',
        'class': 'axis-label' }, b.label));
      chart.appendChild(g);
    });
    container.appendChild(chart);
  }

  /** Horizontal bars, one per category, largest first. */
  function categoryChart(container, items, title) {
    container.replaceChildren();
    if (!items.length) { container.appendChild(el('p', { 'class': 'sub' }, 'Geen klachten in deze periode.')); return; }
    var rowHeight = 28, labelWidth = 230, width = 960;
    var height = items.length * rowHeight + 10;
    var max = Math.max.apply(null, items.map(function (b) { return b.value || 0; }).concat([1]));
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title });
    chart.appendChild(svg('title', {}, title));
    items.forEach(function (b, i) {
      var y = i * rowHeight + 5;
      var w = b.hidden ? 6 : Math.max(2, Math.round((width - labelWidth - 80) * (b.value || 0) / max));
      var g = svg('g', { 'class': 'bar-group', 'data-label': b.label, 'data-value': b.hidden ? '< 5' : String(b.value) });
      g.appendChild(svg('text', { x: 0, y: y + 17 }, b.label));
      g.appendChild(svg('rect', { 'class': 'bar' + (b.hidden ? ' hidden' : ''), x: labelWidth, y: y + 4, width: w,
        height: rowHeight - 10 }));
      g.appendChild(svg('text', { x: labelWidth + w + 8, y: y + 17, 'class': 'value-label' },
        b.hidden ? '< 5' : number.format(b.value)));
      chart.appendChild(g);
    });
    container.appendChild(chart);
  }

  function showTrend(report, v) {
    var perMonth = {};
    rows(report, v).forEach(function (r) {
      var current = perMonth[r.period] || { value: 0, hidden: false };
      if (r.suppressed || !r.kpis || r.kpis.received.suppressed) { current.hidden = current.value === 0; }
      else { current.value += r.kpis.received.count || 0; current.hidden = false; }
      perMonth[r.period] = current;
    });
    // Every month of the chosen period gets a bar, a month without complaints one of 0: a missing month on the
    // axis would read as a gap in the data.
    // Months still to come are left off: a 0 there would read as a month without complaints.
    var now = new Date();
    var lastMonth = Number(v.year) < now.getFullYear() ? 12 : Number(v.year) > now.getFullYear() ? 0 : now.getMonth() + 1;
    for (var m = Number(v.from.substring(5, 7)); m <= Math.min(Number(v.to.substring(5, 7)), lastMonth); m++) {
      var key = v.year + '-' + String(m).padStart(2, '0');
      if (!perMonth[key]) { perMonth[key] = { value: 0, hidden: false }; }
    }
    var bars = Object.keys(perMonth).sort().map(function (period) {
      var parts = period.split('-');
      return { label: MONTHS[Number(parts[1]) - 1] + ' ' + parts[0], value: perMonth[period].value,
        hidden: perMonth[period].hidden };
    });
    barChart(document.getElementById('trend'), bars, 'Aantal klachten per maand');
  }

  function showBreakdown(report, v) {
    var items = (report ? report.rows : []).filter(function (r) { return !v.category || r.group === v.category; })
      .map(function (r) {
        var hidden = r.suppressed || !r.kpis || r.kpis.received.suppressed;
        return { label: CATEGORY_NAMES[r.group] || r.group, value: hidden ? 0 : r.kpis.received.count, hidden: hidden };
      }).sort(function (a, b) { return (b.value - a.value) || a.label.localeCompare(b.label); });
    categoryChart(document.getElementById('breakdown'), items, 'Klachten per categorie');
  }

  function showSignals(answer) {
    var list = document.getElementById('signals');
    list.replaceChildren();
    var signals = !answer ? [] : (Array.isArray(answer) ? answer : answer.signals || []);
    if (!signals.length) { list.appendChild(el('li', { 'class': 'none' }, 'Nog geen signalen.')); return; }
    signals.forEach(function (s) {
      var item = el('li', { 'data-kind': s.kind });
      item.appendChild(el('strong', {}, s.title || SIGNAL_KINDS[s.kind] || 'Signaal'));
      var scope = [s.department ? 'afdeling ' + s.department : '', s.team ? 'team ' + s.team : '',
        s.category ? 'categorie ' + (CATEGORY_NAMES[s.category] || s.category) : ''].filter(Boolean).join(', ');
      if (scope) { item.appendChild(el('div', { 'class': 'scope' }, scope)); }
      var evidence = [];
      if (typeof s.count === 'number') { evidence.push(number.format(s.count) + (s.period ? ' in ' + s.period : '')); }
      if (typeof s.baseline === 'number') { evidence.push('gewoonlijk ' + decimal.format(s.baseline)); }
      item.appendChild(el('div', { 'class': 'evidence' }, evidence.join(', ') + (s.test ? '. ' + s.test : '')));
      list.appendChild(item);
    });
  }

  function showQuarterly(table) {
    var node = document.getElementById('quarterly');
    node.replaceChildren();
    if (!table) { return; }
    node.appendChild(el('caption', { 'class': 'visually-hidden' }, 'Aantal klachten per afdeling per kwartaal, '
      + 'tussen haakjes het verschil met het kwartaal ervoor'));
    var head = el('thead');
    var headRow = el('tr');
    headRow.appendChild(el('th', { scope: 'col' }, 'Afdeling'));
    table.quarters.forEach(function (q) { headRow.appendChild(el('th', { scope: 'col' }, q)); });
    headRow.appendChild(el('th', { scope: 'col' }, 'Totaal'));
    head.appendChild(headRow);
    node.appendChild(head);
    var body = el('tbody');
    table.departments.concat([table.total]).forEach(function (line, i, all) {
      var tr = el('tr', i === all.length - 1 ? { 'class': 'total' } : {});
      tr.appendChild(el('th', { scope: 'row' }, i === all.length - 1 ? 'Totaal' : line.department));
      line.complaints.forEach(function (f) {
        var td = el('td', {}, number.format(f.count));
        if (f.change) {
          td.appendChild(el('span', { 'class': f.change > 0 ? 'up' : 'down' },
            ' (' + (f.change > 0 ? '+' : '') + f.change + ')'));
        }
        tr.appendChild(td);
      });
      tr.appendChild(el('td', { 'class': 'line-total' }, number.format(line.complaintsTotal)));
      body.appendChild(tr);
    });
    node.appendChild(body);
  }

  function fill(select, options, keep) {
    var chosen = select.value;
    while (select.options.length > keep) { select.remove(keep); }
    options.forEach(function (o) { select.appendChild(el('option', { value: o.value }, o.label)); });
    if (options.some(function (o) { return o.value === chosen; })) { select.value = chosen; }
  }

  function groups(report) {
    return (report ? report.rows : []).map(function (r) { return r.group; })
      .filter(function (g, i, all) { return g && all.indexOf(g) === i; }).sort();
  }

  function refresh() {
    var v = values();
    document.getElementById('period-label').textContent = v.quarter ? '(' + v.quarter + 'e kwartaal ' + v.year + ')' : '(' + v.year + ')';
    statusLine.textContent = 'Bezig met laden...';
    document.body.setAttribute('data-loaded', 'false');
    var base = { from: v.from, to: v.to };
    return Promise.all([
      api('/api/analytics/kpis?' + query(v, { period: 'year' })),
      api('/api/analytics/kpis?' + query(v, { period: 'month' })),
      api('/api/analytics/kpis?' + query({ from: v.from, to: v.to, department: v.department, team: v.team },
        { period: 'year', groupBy: 'category' })),
      api('/api/analytics/signals'),
      api('/api/analytics/reports/quarterly?format=json&from=' + v.year + '-Q1&to=' + v.year + '-Q4'),
      api('/api/analytics/kpis?' + new URLSearchParams({ period: 'year', groupBy: 'department', from: base.from, to: base.to })),
      api('/api/analytics/kpis?' + new URLSearchParams({ period: 'year', groupBy: 'team', from: base.from, to: base.to })),
      // The citizens' answers are extra: when they cannot be read the rest of the page still shows.
      api('/api/analytics/feedback?' + feedbackQuery(v)).catch(function () { return null; })
    ]).then(function (answers) {
      showTiles(answers[0], v);
      showTrend(answers[1], v);
      showBreakdown(answers[2], v);
      showSignals(answers[3]);
      showQuarterly(answers[4]);
      showFeedback(answers[7], v);
      fill(document.getElementById('department'), groups(answers[5]).map(function (g) { return { value: g, label: g }; }), 1);
      fill(document.getElementById('team'), groups(answers[6]).map(function (g) { return { value: g, label: g }; }), 1);
      fill(document.getElementById('category'), groups(answers[2]).map(function (g) {
        return { value: g, label: CATEGORY_NAMES[g] || g };
      }), 1);
      statusLine.textContent = 'Bijgewerkt om ' + new Date().toLocaleTimeString('nl-NL');
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (e) {
      statusLine.textContent = 'Laden lukte niet: ' + e.message;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    refresh();
  });

  api('/api/analytics/kpis?period=year').then(function (report) {
    var years = (report ? report.rows : []).map(function (r) { return r.period; }).sort();
    if (!years.length) { years = [String(new Date().getFullYear())]; }
    fill(document.getElementById('year'), years.map(function (y) { return { value: y, label: y }; }), 0);
    document.getElementById('year').value = years[years.length - 1];
    return refresh();
  }).catch(function (e) {
    statusLine.textContent = 'Laden lukte niet: ' + e.message;
  });
}());
