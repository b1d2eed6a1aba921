(function () {
  "use strict";
  // Every string from the data reaches the page through textContent or setAttribute,
  // never innerHTML, so a text holding markup shows as text.
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("eventex-data").textContent);
  var docs = data.docs;
  var PAGE = data.pageSize || 10;
  var tParsed = performance.now();

  var types = [];
  docs.forEach(function (d) {
    d.counts = {};
    d.evs.forEach(function (e) {
      d.counts[e.type] = (d.counts[e.type] || 0) + 1;
      if (types.indexOf(e.type) < 0) types.push(e.type);
    });
  });
  types.sort();
  var shown = {};
  types.forEach(function (t) { shown[t] = true; });
  var page = 0;
  var visibleDocs = docs;

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }

  function allShown() {
    return types.every(function (t) { return shown[t]; });
  }

  function docMatches(d) {
    if (allShown()) return true;
    return types.some(function (t) { return shown[t] && d.counts[t]; });
  }

  function buildFilters() {
    var box = document.getElementById("filters");
    types.forEach(function (t) {
      var label = el("label");
      var cb = el("input");
      cb.type = "checkbox";
      cb.checked = true;
      cb.value = t;
      cb.className = "type-filter";
      cb.addEventListener("change", function () {
        shown[t] = cb.checked;
        applyFilter();
      });
      label.appendChild(cb);
      label.appendChild(document.createTextNode(" " + t));
      box.appendChild(label);
    });
    if (!types.length) box.appendChild(el("span", "note", "no events"));
  }

  // Built once; filtering hides rows and columns and recounts, so that a change of filter
  // does not rebuild a thousand rows.
  var summaryRows = [];

  function buildSummary() {
    var table = document.getElementById("summary");
    var head = el("thead"), hr = el("tr");
    hr.appendChild(el("th", null, "document"));
    types.forEach(function (t, ti) { hr.appendChild(el("th", "col-" + ti, t)); });
    hr.appendChild(el("th", null, "events"));
    head.appendChild(hr);
    table.appendChild(head);
    var body = el("tbody");
    var tot = el("tr", "total");
    tot.appendChild(el("td"));
    types.forEach(function (t, ti) { tot.appendChild(el("td", "col-" + ti)); });
    tot.appendChild(el("td"));
    body.appendChild(tot);
    docs.forEach(function (d) {
      var tr = el("tr");
      var td = el("td");
      var a = el("a", "doc-link", d.id);
      a.href = "#";
      a.addEventListener("click", function (ev) { ev.preventDefault(); showDoc(d); });
      td.appendChild(a);
      if (d.errors.length) td.appendChild(el("span", "errors", " (" + d.errors.map(function (e) { return e.code; }).join(", ") + ")"));
      tr.appendChild(td);
      types.forEach(function (t, ti) {
        var c = d.counts[t] || 0;
        tr.appendChild(el("td", (c ? "" : "zero ") + "col-" + ti, c));
      });
      tr.appendChild(el("td"));
      body.appendChild(tr);
      summaryRows.push({ doc: d, row: tr });
    });
    table.appendChild(body);
    summaryRows.total = tot;
  }

  function updateSummary() {
    var hide = [];
    types.forEach(function (t, ti) { if (!shown[t]) hide.push("#summary .col-" + ti); });
    document.getElementById("summary-columns").textContent = hide.length ? hide.join(", ") + " { display: none; }" : "";
    var totals = {}, all = 0, n = 0;
    summaryRows.forEach(function (r) {
      var d = r.doc;
      var visible = docMatches(d);
      r.row.hidden = !visible;
      if (!visible) return;
      n++;
      var sum = 0;
      types.forEach(function (t) {
        if (shown[t]) { sum += d.counts[t] || 0; totals[t] = (totals[t] || 0) + (d.counts[t] || 0); }
      });
      all += sum;
      var last = r.row.lastChild;
      last.textContent = sum;
      last.className = sum ? "" : "zero";
    });
    var cells = summaryRows.total.children;
    cells[0].textContent = "all " + n + " documents";
    types.forEach(function (t, ti) { cells[ti + 1].textContent = totals[t] || 0; });
    cells[cells.length - 1].textContent = all;
  }

  function buildPager(id) {
    var nav = document.getElementById(id);
    nav.textContent = "";
    var pages = Math.max(1, Math.ceil(visibleDocs.length / PAGE));
    var prev = el("button", "prev", "\u2190 previous");
    prev.disabled = page === 0;
    prev.addEventListener("click", function () { page--; renderPage(); });
    var next = el("button", "next", "next \u2192");
    next.disabled = page >= pages - 1;
    next.addEventListener("click", function () { page++; renderPage(); });
    nav.appendChild(prev);
    nav.appendChild(next);
    nav.appendChild(el("span", "hint", "page " + (page + 1) + " of " + pages + " (" + visibleDocs.length + " documents, " + PAGE + " per page)"));
  }

  function applyFilter() {
    visibleDocs = docs.filter(docMatches);
    page = 0;
    updateSummary();
    renderPage();
  }

  function showDoc(d) {
    page = Math.floor(visibleDocs.indexOf(d) / PAGE);
    renderPage();
    var n = document.getElementById("doc-" + d.n);
    if (n) n.scrollIntoView();
  }

  function renderPage() {
    buildPager("pager-top");
    buildPager("pager-bottom");
    var box = document.getElementById("documents");
    box.textContent = "";
    var frag = document.createDocumentFragment();
    visibleDocs.slice(page * PAGE, page * PAGE + PAGE).forEach(function (d) { frag.appendChild(renderDoc(d)); });
    box.appendChild(frag);
  }

  // Non-overlapping mentions, earliest first, longer first on ties.
  function pickMentions(d) {
    var ms = [];
    d.ents.forEach(function (e) {
      e.ms.forEach(function (m) { ms.push({ s: m[0], e: m[1], ent: e }); });
    });
    ms.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    var out = [], end = -1;
    ms.forEach(function (m) {
      if (m.s >= end && m.e > m.s) { out.push(m); end = m.e; }
    });
    return out;
  }

  // Cuts each text segment at every mention and link boundary, so that any linked span
  // is a run of whole chunks and can be highlighted by class.
  function renderText(d, links) {
    var box = el("div", "text");
    if (!d.full) box.appendChild(el("div", "note", "The document text was not given (--docs): showing the sentences the events cite."));
    var mentions = pickMentions(d);
    d.segs.forEach(function (seg, si) {
      var s0 = seg[0], str = seg[1], s1 = s0 + str.length;
      if (!d.full && si > 0) box.appendChild(el("span", "gap", "\u2026"));
      var cuts = [s0, s1];
      mentions.forEach(function (m) { if (m.s >= s0 && m.e <= s1) { cuts.push(m.s, m.e); } });
      links.forEach(function (l) {
        if (l[0] > s0 && l[0] < s1) cuts.push(l[0]);
        if (l[1] > s0 && l[1] < s1) cuts.push(l[1]);
      });
      cuts.sort(function (a, b) { return a - b; });
      var mi = 0, mark = null;
      while (mi < mentions.length && mentions[mi].e <= s0) mi++;
      for (var k = 0; k + 1 < cuts.length; k++) {
        var a = cuts[k], b = cuts[k + 1];
        if (b <= a) continue;
        while (mi < mentions.length && mentions[mi].e <= a) mi++;
        var m = mi < mentions.length && mentions[mi].s >= s0 && mentions[mi].s <= a && mentions[mi].e >= b && mentions[mi].e <= s1 ? mentions[mi] : null;
        var chunk = el("span", "c", str.substring(a - s0, b - s0));
        chunk.setAttribute("data-s", a);
        chunk.setAttribute("data-e", b);
        if (m) {
          if (!mark || mark.m !== m) {
            mark = el("mark", "ent " + m.ent.type);
            mark.m = m;
            mark.setAttribute("data-type", m.ent.type);
            mark.setAttribute("data-entity", m.ent.id);
            mark.title = m.ent.title;
            box.appendChild(mark);
          }
          mark.appendChild(chunk);
        } else {
          mark = null;
          box.appendChild(chunk);
        }
      }
    });
    return box;
  }

  function jump(text, s, e, title) {
    var a = el("a", "jump", text);
    a.href = "#";
    a.setAttribute("data-s", s);
    a.setAttribute("data-e", e);
    if (title) a.title = title;
    return a;
  }

  function renderValue(v, links) {
    if (v.s !== undefined) {
      links.push([v.s, v.e]);
      return jump(v.text, v.s, v.e, v.title);
    }
    var span = el("span", "value", v.text);
    if (v.title) span.title = v.title;
    return span;
  }

  // Explanations are shown as a tree whatever their shape; any object with a start and
  // an end becomes a link to that span.
  function renderTree(node, links) {
    if (Array.isArray(node)) {
      var ul = el("ul");
      node.forEach(function (x) { var li = el("li"); li.appendChild(renderTree(x, links)); ul.appendChild(li); });
      return ul;
    }
    if (node && typeof node === "object") {
      var span = el("span");
      var keys = Object.keys(node);
      if (typeof node.start === "number" && typeof node.end === "number") {
        var label = node.trigger || node.text || (node.start + "\u2013" + node.end);
        links.push([node.start, node.end]);
        span.appendChild(jump(label, node.start, node.end, node.start + "\u2013" + node.end));
        keys = keys.filter(function (k) { return k !== "start" && k !== "end" && k !== (node.trigger ? "trigger" : "text"); });
      }
      keys.forEach(function (k) {
        var v = node[k];
        if (v && typeof v === "object") {
          var d = el("div");
          d.appendChild(el("span", "tree-key", k + ": "));
          d.appendChild(renderTree(v, links));
          span.appendChild(d);
        } else {
          span.appendChild(el("span", "tree-key", " " + k + ": "));
          span.appendChild(el("span", null, v));
        }
      });
      return span;
    }
    return el("span", null, node);
  }

  function num(x) {
    return typeof x === "number" ? String(Math.round(x * 1000) / 1000) : "?";
  }

  // An explanation as explain mode writes it: the firings, a source per role value, the
  // parts of the confidence. Keys this script does not know are shown as a tree.
  function renderExplanation(x, links) {
    var box = el("div", "expl");
    var fired = el("div", "firings");
    fired.appendChild(el("span", "tree-key", "fired: "));
    (x.firings || []).forEach(function (f, i) {
      if (i) fired.appendChild(document.createTextNode("; "));
      links.push([f.start, f.end]);
      var a = jump(f.trigger, f.start, f.end, "chars " + f.start + "\u2013" + f.end);
      a.classList.add("firing");
      fired.appendChild(el("span", "firing-no", "#" + i + " "));
      fired.appendChild(a);
      fired.appendChild(el("span", "rule", " " + f.rule));
    });
    box.appendChild(fired);
    if (x.roles && typeof x.roles === "object") {
      var table = el("table", "sources");
      Object.keys(x.roles).forEach(function (role) {
        (x.roles[role] || []).forEach(function (src, i) {
          var tr = el("tr", "source");
          tr.setAttribute("data-role", role);
          tr.appendChild(el("td", "role", i ? "" : role));
          var td = el("td");
          if (typeof src.start === "number" && typeof src.end === "number") {
            links.push([src.start, src.end]);
            var a = jump(src.text, src.start, src.end, "chars " + src.start + "\u2013" + src.end);
            a.classList.add("source-span");
            td.appendChild(a);
          } else {
            td.appendChild(el("span", "note", "(no span)"));
          }
          td.appendChild(el("span", "finder", " by " + src.finder));
          var by = [src.rule, typeof src.firing === "number" ? "firing #" + src.firing : null].filter(Boolean).join(", ");
          if (by) td.appendChild(el("span", "rule", " (" + by + ")"));
          if (src.note) td.appendChild(el("div", "note", src.note));
          tr.appendChild(td);
          table.appendChild(tr);
        });
      });
      box.appendChild(table);
    }
    var c = x.confidence;
    if (c && typeof c === "object") {
      var parts = num(c.base) + " (rule " + c.rule + ")";
      var unlinked = c.unlinked || [];
      if (unlinked.length) parts += " \u00d7 " + num(c.perUnlinked) + (unlinked.length > 1 ? "^" + unlinked.length : "") + " (not linked: " + unlinked.join(", ") + ")";
      if (c.sentences > 1) parts += " + " + num(c.perSentence) + " \u00d7 " + (c.sentences - 1) + " (further sentences)";
      parts += " = " + num(c.value) + " (cap " + num(c.cap) + ")";
      var line = el("div", "confidence-parts");
      line.appendChild(el("span", "tree-key", "confidence: "));
      line.appendChild(el("span", null, parts));
      box.appendChild(line);
    }
    var rest = {};
    Object.keys(x).forEach(function (k) { if (k !== "firings" && k !== "roles" && k !== "confidence") rest[k] = x[k]; });
    if (Object.keys(rest).length) box.appendChild(renderTree(rest, links));
    return box;
  }

  // Rejected triggers: one row each, the trigger linked to its span, the reason and its words.
  function renderRejected(list, links) {
    var det = el("details", "rejected");
    var counts = {};
    list.forEach(function (r) { counts[r.reason] = (counts[r.reason] || 0) + 1; });
    var byReason = Object.keys(counts).sort().map(function (k) { return counts[k] + " " + k; }).join(", ");
    det.appendChild(el("summary", null, "rejected triggers (" + list.length + (byReason ? ": " + byReason : "") + ")"));
    var table = el("table", "rejected-list");
    list.forEach(function (r) {
      var tr = el("tr", "rejected-trigger");
      tr.setAttribute("data-reason", r.reason);
      var td = el("td");
      if (typeof r.start === "number" && typeof r.end === "number") {
        links.push([r.start, r.end]);
        td.appendChild(jump(r.trigger, r.start, r.end, "chars " + r.start + "\u2013" + r.end));
      } else {
        td.appendChild(el("span", null, r.trigger));
      }
      tr.appendChild(td);
      tr.appendChild(el("td", "reason", r.reason));
      var why = el("td");
      why.appendChild(el("span", "rule", (r.rule || "") + (r.event ? " (" + r.event + ")" : "") + ": "));
      why.appendChild(el("span", null, r.detail || ""));
      tr.appendChild(why);
      table.appendChild(tr);
    });
    det.appendChild(table);
    return det;
  }

  function renderCard(ev, links) {
    var card = el("div", "card event");
    card.setAttribute("data-type", ev.type);
    var h = el("h4", null, ev.type + " " + ev.id);
    var badge = [ev.tense, ev.conf !== undefined ? "confidence " + ev.conf : null].filter(Boolean).join(" \u00b7 ");
    if (badge) h.appendChild(el("span", "badge", badge));
    card.appendChild(h);
    var table = el("table");
    ev.roles.forEach(function (r) {
      var tr = el("tr", "role-row");
      tr.appendChild(el("td", "role", r.role));
      var td = el("td");
      r.vals.forEach(function (v, i) {
        if (i) td.appendChild(document.createTextNode("; "));
        var n = renderValue(v, links);
        n.classList.add("role-value");
        n.setAttribute("data-role", r.role);
        td.appendChild(n);
      });
      tr.appendChild(td);
      table.appendChild(tr);
    });
    var tr = el("tr");
    tr.appendChild(el("td", "role", "evidence"));
    var td = el("td");
    ev.ev.forEach(function (x, i) {
      if (i) td.appendChild(document.createTextNode(" "));
      links.push([x[0], x[1]]);
      var a = jump("sentence " + (i + 1), x[0], x[1], "chars " + x[0] + "\u2013" + x[1]);
      a.classList.add("evidence");
      td.appendChild(a);
    });
    tr.appendChild(td);
    table.appendChild(tr);
    card.appendChild(table);
    if (ev.expl) {
      var det = el("details", "explanation");
      det.appendChild(el("summary", null, "why (--explain)"));
      det.appendChild(ev.expl && typeof ev.expl === "object" && Array.isArray(ev.expl.firings)
          ? renderExplanation(ev.expl, links) : renderTree(ev.expl, links));
      card.appendChild(det);
    }
    return card;
  }

  function renderDoc(d) {
    var sec = el("section", "doc");
    sec.id = "doc-" + d.n;
    sec.appendChild(el("h3", null, d.id));
    var meta = [d.source, d.date ? "dated " + d.date : null, d.chars !== undefined ? d.chars + " chars" : null].filter(Boolean).join(" \u00b7 ");
    sec.appendChild(el("div", "meta", meta));
    if (d.errors.length) {
      var er = el("div", "errors");
      d.errors.forEach(function (e) { er.appendChild(el("div", null, e.code + ": " + (e.message || ""))); });
      sec.appendChild(er);
    }
    var links = [];
    var cards = el("div", "cards");
    var evs = d.evs.filter(function (e) { return shown[e.type]; });
    evs.forEach(function (e) { cards.appendChild(renderCard(e, links)); });
    if (!evs.length) cards.appendChild(el("div", "note", d.evs.length ? "no events of the selected types" : "no events"));
    if (d.rejected) {
      if (Array.isArray(d.rejected) && d.rejected.every(function (r) { return r && typeof r === "object"; })) {
        cards.appendChild(renderRejected(d.rejected, links));
      } else {
        var det = el("details", "rejected");
        det.appendChild(el("summary", null, "rejected triggers"));
        det.appendChild(renderTree(d.rejected, links));
        cards.appendChild(det);
      }
    }
    var ents = el("div", "entities");
    d.ents.forEach(function (e) {
      var m = el("mark", "ent " + e.type, e.name);
      m.setAttribute("data-type", e.type);
      m.title = e.title;
      ents.appendChild(m);
    });
    var body = el("div", "doc-body");
    body.appendChild(renderText(d, links));
    body.appendChild(cards);
    sec.appendChild(ents);
    sec.appendChild(body);
    sec.addEventListener("click", function (ev) {
      var a = ev.target.closest("a.jump");
      if (!a) return;
      ev.preventDefault();
      highlight(sec, a, +a.getAttribute("data-s"), +a.getAttribute("data-e"));
    });
    return sec;
  }

  function highlight(sec, link, s, e) {
    sec.querySelectorAll(".hl").forEach(function (n) { n.classList.remove("hl"); });
    sec.querySelectorAll("a.jump.active, .card.active").forEach(function (n) { n.classList.remove("active"); });
    link.classList.add("active");
    var card = link.closest(".card");
    if (card) card.classList.add("active");
    var first = null;
    sec.querySelectorAll(".text .c").forEach(function (c) {
      if (+c.getAttribute("data-s") >= s && +c.getAttribute("data-e") <= e) {
        c.classList.add("hl");
        if (!first) first = c;
      }
    });
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  docs.forEach(function (d, i) { d.n = i; });
  document.getElementById("overview").textContent = docs.length + " documents, "
      + docs.reduce(function (n, d) { return n + d.evs.length; }, 0) + " events"
      + (data.source ? " from " + data.source : "") + ". Click a role or evidence link to see it in the text; hover for normalized values.";
  buildFilters();
  buildSummary();
  applyFilter();
  var root = document.documentElement;
  root.setAttribute("data-script-start-ms", Math.round(t0));
  root.setAttribute("data-parse-ms", Math.round(tParsed - t0));
  root.setAttribute("data-render-ms", Math.round(performance.now() - tParsed));
  // time since navigation start: what opening the report costs, HTML parsing included
  root.setAttribute("data-ready-ms", Math.round(performance.now()));
  root.setAttribute("data-ready", "1");
})();
