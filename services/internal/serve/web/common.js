// Haili pages: shared helpers. No external libraries; every value is
// inserted as text, never as HTML.
"use strict";
const H = {};
(function () {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) { sessionStorage.setItem("haili-token", decodeURIComponent(m[1])); history.replaceState(null, "", location.pathname); }
  H.token = () => sessionStorage.getItem("haili-token") || "";
  H.el = function (tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
    return e;
  };
  H.error = function (msg) { const e = document.getElementById("error"); if (e) e.textContent = msg || ""; };
  H.api = async function (path, opts) {
    opts = opts || {};
    const headers = Object.assign({ "Authorization": "Bearer " + H.token() }, opts.headers || {});
    const r = await fetch(path, Object.assign({}, opts, { headers }));
    if (opts.raw) { if (!r.ok) throw new Error(path + ": " + r.status); return r; }
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error((body && body.error) || (path + ": " + r.status));
    return body;
  };
  H.download = async function (path, name) {
    const r = await H.api(path, { raw: true });
    const url = URL.createObjectURL(await r.blob());
    const a = H.el("a", { href: url, download: name }); document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  H.bindToken = function (onChange) {
    const input = document.getElementById("token");
    input.value = H.token();
    input.addEventListener("change", () => { sessionStorage.setItem("haili-token", input.value.trim()); onChange(); });
  };
  H.time = (t) => (t && !String(t).startsWith("0001") && !String(t).startsWith("1970")) ? String(t).replace("T", " ").replace(/:\d\dZ$/, "Z") : "—";

  // Charts: inline SVG.
  const NS = "http://www.w3.org/2000/svg";
  const palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
  function svg(w, h) { const s = document.createElementNS(NS, "svg"); s.setAttribute("viewBox", `0 0 ${w} ${h}`); s.setAttribute("role", "img"); return s; }
  function node(tag, attrs, text) { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text !== undefined) e.textContent = text; return e; }
  H.color = (i) => palette[i % palette.length];
  // Horizontal bars of [{key, n}].
  H.bars = function (container, items, onClick) {
    container.querySelectorAll("svg,.empty").forEach((e) => e.remove());
    if (!items || !items.length) { container.append(H.el("p", { class: "muted empty" }, "no data")); return; }
    const row = 22, w = 420, left = 170, max = Math.max(...items.map((d) => d.n));
    const s = svg(w, items.length * row + 6);
    items.forEach((d, i) => {
      const y = i * row + 3, bw = Math.max(2, (w - left - 50) * d.n / max);
      const label = node("text", { x: left - 6, y: y + 15, "text-anchor": "end", "font-size": 12 }, d.key);
      const r = node("rect", { x: left, y: y + 3, width: bw, height: row - 8, fill: H.color(i), "data-key": d.key });
      r.append(node("title", {}, `${d.key}: ${d.n}`));
      if (onClick) { r.style.cursor = "pointer"; label.style.cursor = "pointer"; r.addEventListener("click", () => onClick(d.key)); label.addEventListener("click", () => onClick(d.key)); }
      s.append(label, r, node("text", { x: left + bw + 4, y: y + 15, "font-size": 12 }, String(d.n)));
    });
    container.append(s);
  };
  // Stacked bars per day: rows [{day, code, n}].
  H.stacked = function (container, rows) {
    container.querySelectorAll("svg,.legend,.empty").forEach((e) => e.remove());
    if (!rows || !rows.length) { container.append(H.el("p", { class: "muted empty" }, "no data")); return; }
    const days = [...new Set(rows.map((r) => r.day))].sort(), codes = [...new Set(rows.map((r) => r.code))].sort();
    const tot = {}; rows.forEach((r) => { tot[r.day] = (tot[r.day] || 0) + r.n; });
    const max = Math.max(...Object.values(tot)), w = 420, h = 180, pad = 28, bw = Math.max(2, (w - pad - 4) / days.length - 2);
    const s = svg(w, h + 20);
    s.append(node("line", { x1: pad, y1: h, x2: w, y2: h, stroke: "#999" }), node("text", { x: 2, y: 12, "font-size": 11 }, String(max)));
    days.forEach((d, i) => {
      let y = h; const x = pad + i * (bw + 2);
      codes.forEach((c, j) => {
        const r = rows.find((q) => q.day === d && q.code === c); if (!r) return;
        const bh = (h - 10) * r.n / max; y -= bh;
        const rect = node("rect", { x, y, width: bw, height: bh, fill: H.color(j) }); rect.append(node("title", {}, `${d} ${c}: ${r.n}`)); s.append(rect);
      });
    });
    s.append(node("text", { x: pad, y: h + 16, "font-size": 11 }, days[0]), node("text", { x: w, y: h + 16, "font-size": 11, "text-anchor": "end" }, days[days.length - 1]));
    container.append(s, H.el("div", { class: "legend" }, codes.map((c, j) => H.el("span", { class: "tag", style: `color:${H.color(j)}` }, "■ " + c))));
  };


  // What a finding judged (GET …/context): the conversation around a message
  // with the flagged words marked, or the listing version with the flagged
  // tiers, SKUs, fees or range marked.
  H.context = function (c) {
    const box = H.el("div", { class: "context" });
    const r = c.retention || {};
    box.append(H.el("p", { class: "muted retention" }, r.days ? `${r.kind} text kept ${r.days} days (${r.kind}_retention_days)` + (r.until && !r.expired ? `, until ${H.time(r.until)}` : "") : `${r.kind || "event"} kept for good`,
      c.masked ? " · contact values masked" : ""));
    if (c.note) box.append(H.el("p", { class: "note" }, c.note));
    if (c.thread && c.thread.length) {
      const th = H.el("div", { class: "thread" });
      if (c.earlier) th.append(H.el("p", { class: "muted" }, `… ${c.earlier} earlier message(s)`));
      c.thread.forEach((m) => th.append(H.el("div", { class: `msg ${m.sender || "unknown"}${m.flagged ? " flagged" : ""}`, "data-message": m.message_id },
        H.el("div", { class: "who" }, `${m.sender || "?"} · ${H.time(m.sent_at)} · stage ${m.order_stage || "—"}` + (m.kind && m.kind !== "text" ? ` · ${m.kind}` : "") + (m.flagged ? " · ◀ flagged" : "")),
        m.expired ? H.el("p", { class: "muted" }, "text deleted (past retention)") :
          H.el("p", { class: "text" }, m.segments.map((s) => s.mark ? H.el("mark", { class: s.mark, title: s.mark + (s.detail ? " · " + s.detail : "") }, s.text) : s.text)))));
      if (c.later) th.append(H.el("p", { class: "muted" }, `… ${c.later} later message(s)`));
      box.append(th);
    }
    if (c.order) {
      const o = c.order, om = new Set((c.order_marks || []).map((m) => m.field));
      box.append(H.el("table", { class: "order" }, [["order", o.order_id], ["quantity", o.quantity], ["quoted shipping fee", o.quoted_shipping_fee], ["charged shipping fee", o.charged_shipping_fee, "charged_shipping_fee"], ["trade assurance", o.trade_assurance], ["placed", H.time(o.placed_at)]]
        .map(([k, v, f]) => H.el("tr", { class: om.has(f) ? "flagged" : "" }, H.el("th", {}, k), H.el("td", {}, String(v)), H.el("td", {}, om.has(f) ? "◀" : "")))));
    }
    if (c.listing) box.append(H.listing(c.listing, c.listing_marks || []));
    return box;
  };
  H.listing = function (l, marks) {
    const at = (field, i) => marks.find((m) => m.field === field && (m.index || 0) === i);
    const row = (field, i, cells) => { const m = at(field, i); return H.el("tr", { class: m ? "flagged " + m.kind : "" }, cells.map((x) => H.el("td", {}, String(x))), H.el("td", {}, m ? "◀ " + m.kind : "")); };
    const box = H.el("div", { class: "listing" }, H.el("h4", {}, `${l.title} · ${l.listing_id} v${l.version} · ${l.category_id}`));
    const moq = at("moq", 0);
    box.append(H.el("p", { class: moq ? "flagged" : "" }, `MOQ ${l.moq} ${l.unit || ""} · ${l.currency || ""}` + (moq ? " ◀ moq" : "")));
    if (l.price_range) box.append(H.el("p", { class: at("price_range", 0) ? "flagged range" : "" }, `price range ${l.price_range.min} – ${l.price_range.max}` + (at("price_range", 0) ? " ◀ range" : "")));
    const table = (title, field, head, items, cells) => items && items.length ? [H.el("h4", {}, title), H.el("table", { class: field }, H.el("tr", {}, head.concat([""]).map((h) => H.el("th", {}, h))), items.map((x, i) => row(field, i, cells(x))))] : [];
    box.append(...table("Price tiers", "price_tiers", ["from quantity", "unit price"], l.price_tiers, (t) => [t.min_qty, t.unit_price]),
      ...table("SKUs", "skus", ["sku", "name", "unit price"], l.skus, (s) => [s.sku_id, s.name, s.unit_price]),
      ...table("Shipping", "shipping", ["method", "fee", "for quantity"], l.shipping, (s) => [s.method, s.fee, s.for_qty]),
      ...table("Customisation", "customization", ["option", "min quantity"], l.customization, (c) => [c.option, c.min_qty]));
    return box;
  };

  // Evidence, the way a person checks it.
  function kv(ev) {
    return H.el("table", {}, Object.entries(ev).map(([k, v]) => H.el("tr", {}, H.el("th", {}, k), H.el("td", {}, typeof v === "object" ? JSON.stringify(v) : String(v)))));
  }
  H.evidence = function (f) {
    const ev = f.evidence || {}, box = H.el("div", { class: "ev" });
    if (f.violation === "fake_price_tier" && ev.tier_price !== undefined) {
      const tiers = [[ev.compared_tier_min_qty, ev.compared_tier_price, false], [ev.tier_min_qty, ev.tier_price, true]].sort((a, b) => a[0] - b[0]);
      box.append(H.el("table", { class: "tiers" }, H.el("tr", {}, H.el("th", {}, "from quantity"), H.el("th", {}, "unit price"), H.el("th", {}, "")),
        tiers.map(([q, p, bait]) => H.el("tr", { class: bait ? "bait" : "" }, H.el("td", {}, String(q)), H.el("td", {}, String(p)), H.el("td", {}, bait ? "◀ bait tier" : "")))),
        ev.median_other_tiers !== undefined ? H.el("p", { class: "muted" }, `median of the other tiers ${ev.median_other_tiers}, ratio ${ev.ratio} (threshold ${ev.threshold})`) : "");
    } else if (f.violation === "fake_price_tier" && ev.range_min !== undefined) {
      box.append(H.el("table", {}, H.el("tr", { class: "bait" }, H.el("td", {}, "price range starts at"), H.el("td", {}, String(ev.range_min)), H.el("td", {}, "◀ bait")),
        H.el("tr", {}, H.el("td", {}, "lowest real price"), H.el("td", {}, String(ev.lowest_real_price)), H.el("td", {}, ""))));
    } else if (f.violation === "abused_sku" && ev.sku_id !== undefined) {
      box.append(H.el("ul", { class: "skus" },
        H.el("li", {}, `real variants: ${ev.variants} between ${ev.variants_min} and ${ev.variants_max}, median ${ev.variants_median}`),
        H.el("li", { class: "decoy" }, `decoy ${ev.sku_id} “${ev.sku_name}” at ${ev.sku_price}` + (ev.decoy_name ? " (named as an add-on)" : "") + ` ◀ ratio ${ev.ratio}`)),
        H.el("p", { class: "muted" }, `${ev.abused_skus} abused SKU(s) on the listing`));
    } else if (Array.isArray(ev.spans)) {
      // Span offsets are bytes of the whole message, not of the excerpt: the
      // words are named here, and marked in place by the thread view (H.context).
      box.append(H.el("p", {}, "channels: ", (ev.channels || []).map((c) => H.el("span", { class: "tag" }, c)), ev.initiative ? ` · ${ev.initiative}` : "", ev.order_stage ? ` · stage ${ev.order_stage}` : ""));
      if (ev.excerpt) box.append(H.el("p", {}, ev.excerpt));
      box.append(H.el("p", { class: "muted spans" }, "flagged: ", ev.spans.flatMap((s, i) => [i ? ", " : "", s.kind || s.channel || "", " ",
        H.el("mark", {}, s.value || s.normalized || (s.kind === "cue" && ev.cue) || s.lure || s.channel || "…")])));
    } else box.append(kv(ev));
    box.append(H.el("p", {}, f.explanation || ""));
    if (f.explanation_zh) box.append(H.el("p", { class: "muted" }, f.explanation_zh));
    return box;
  };
})();
