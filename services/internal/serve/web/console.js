// Haili governance console.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const el = H.el;
  const guard = (fn) => async (...a) => { try { H.error(""); await fn(...a); } catch (e) { H.error(e.message); } };

  const overview = guard(async function () {
    const days = $("days").value;
    const ov = await H.api("/api/v1/overview" + (days ? "?days=" + days : ""));
    H.stacked($("chart-per-day"), ov.per_day);
    H.bars($("chart-by-family"), ov.by_family, (k) => filterViolations({ category: k }));
    H.bars($("chart-by-channel"), ov.by_channel);
    H.bars($("chart-stages"), ov.stages);
    H.bars($("chart-top"), ov.top_merchants, (k) => openMerchant(k));
    const r = ov.rectification, box = $("rectification");
    box.querySelectorAll("div").forEach((e) => e.remove());
    box.append(el("div", {}, el("span", { class: "kpi" }, (100 * r.rate).toFixed(0) + "%"), ` rectified (${r.rectified} of ${r.pending} pending)`,
      el("br"), el("span", { class: "kpi" }, r.rectified ? r.mean_hours_to_fix.toFixed(1) + " h" : "—"), " mean time to fix"));
    const sel = document.querySelector("#vfilter select[name=code]");
    if (sel.options.length === 1) ov.by_code.forEach((c) => sel.append(el("option", {}, c.key)));
    $("bar").textContent = `(below delist_confidence ${ov.delist_confidence}; policy ${ov.policy_version})`;
  });

  function findingRows(tbody, fs, detail) {
    tbody.replaceChildren(...fs.map((f) => el("tr", { onclick: () => detail.replaceChildren(el("h3", {}, `${f.violation} on ${f.subject} ${f.subject_id} (${f.merchant_id})`), H.evidence(f)) },
      el("td", {}, H.time(f.event_time)), el("td", {}, f.merchant_id), el("td", {}, `${f.subject} ${f.subject_id}`), el("td", {}, f.violation),
      el("td", {}, f.rule), el("td", {}, f.confidence.toFixed(2)), el("td", {}, f.explanation))));
  }

  const filterViolations = guard(async function (preset) {
    const form = $("vfilter");
    if (preset) for (const [k, v] of Object.entries(preset)) form.elements[k].value = v;
    const q = new URLSearchParams({ limit: "100" });
    for (const k of ["code", "category", "subject", "merchant_id"]) if (form.elements[k].value) q.set(k, form.elements[k].value);
    const r = await H.api("/api/v1/violations?" + q);
    findingRows($("vtable").tBodies[0], r.findings, $("vdetail"));
    if (preset) location.hash = "#violations";
  });

  const openMerchant = guard(async function (id) {
    $("mform").elements.id.value = id;
    const m = await H.api("/api/v1/merchants/" + encodeURIComponent(id));
    const detail = el("div");
    const ft = el("tbody"); findingRows(ft, m.findings, detail);
    $("mview").replaceChildren(
      el("p", {}, el("span", { class: "kpi" }, String(m.points_deducted)), ` points (${m.ledger_entries} ledger entries) · ${m.findings.length} findings · ${m.violations.length} violations · ${m.actions.length} actions`),
      el("h3", {}, "Actions"), el("table", {}, el("tr", {}, ["decided", "code", "subject", "violation", "reason", "points", "deadline"].map((h) => el("th", {}, h))),
        m.actions.map((a) => el("tr", {}, el("td", {}, H.time(a.decided_at)), el("td", {}, a.code), el("td", {}, `${a.subject} ${a.subject_id}`), el("td", {}, a.violation || ""),
          el("td", {}, a.reason || ""), el("td", {}, String(a.points || 0)), el("td", {}, H.time(a.deadline))))),
      el("h3", {}, "Notices"), el("table", {}, m.notices.map((n) => el("tr", {}, el("td", {}, H.time(n.created_at)), el("td", {}, n.kind), el("td", {}, n.text_en), el("td", {}, n.text_zh)))),
      el("h3", {}, "History"), el("table", {}, ft), detail);
    location.hash = "#merchant";
  });

  // The thread or listing version a finding judged, with its evidence.
  const showContext = guard(async function (id, box) {
    const c = await H.api("/api/v1/findings/" + encodeURIComponent(id) + "/context");
    const f = c.finding;
    box.replaceChildren(el("h3", {}, `${f.violation} on ${f.subject} ${f.subject_id} (${f.merchant_id}) · ${f.rule} · ${f.confidence.toFixed(2)}`), H.context(c), H.evidence(f));
    box.scrollIntoView();
  });

  const reviews = guard(async function () {
    const q = await H.api("/api/v1/reviews");
    $("rtable").tBodies[0].replaceChildren(...q.findings.map((f) => {
      const note = el("input", { placeholder: "note", size: 12 });
      const decide = (decision) => guard(async () => {
        await H.api("/api/v1/reviews/" + encodeURIComponent(f.finding_id), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision, note: note.value }) });
        await reviews();
      });
      return el("tr", { "data-finding": f.finding_id }, el("td", {}, f.merchant_id), el("td", {}, `${f.subject} ${f.subject_id}`), el("td", {}, f.violation),
        el("td", {}, f.confidence.toFixed(2)), el("td", {}, H.evidence(f)),
        el("td", {}, note, el("button", { class: "confirm", onclick: decide("confirm") }, "Confirm"), el("button", { class: "dismiss", onclick: decide("dismiss") }, "Dismiss"),
          el("button", { class: "context", onclick: () => showContext(f.finding_id, $("rdetail")) }, f.subject === "message" ? "Thread" : "As judged")));
    }));
    const d = await H.api("/api/v1/reviews/decisions");
    $("decisions").tBodies[0].replaceChildren(...d.decisions.map((x) => el("tr", { "data-finding": x.finding_id }, el("td", {}, H.time(x.decided_at)), el("td", {}, x.finding_id),
      el("td", {}, x.merchant_id), el("td", {}, x.violation), el("td", { class: "decision" }, x.decision), el("td", {}, x.reviewer), el("td", {}, x.note || ""))));
  });

  const appeals = guard(async function () {
    const a = await H.api("/api/v1/appeals");
    $("atable").tBodies[0].replaceChildren(...a.appeals.map((x) => {
      const decide = (decision) => guard(async () => {
        await H.api("/api/v1/appeals/" + encodeURIComponent(x.finding_id), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision, appeal_id: x.appeal_id }) });
        await appeals();
      });
      return el("tr", { "data-finding": x.finding_id }, el("td", {}, H.time(x.decided_at)), el("td", {}, x.appeal_id), el("td", {}, x.finding_id), el("td", {}, x.merchant_id), el("td", {}, x.note || ""),
        el("td", {}, x.decision === "pending" ? [el("button", { onclick: decide("uphold") }, "Uphold"), el("button", { onclick: decide("reject") }, "Reject")] : x.decision),
        el("td", {}, el("button", { class: "context", onclick: () => showContext(x.finding_id, $("adetail")) }, "Context")));
    }));
  });

  const month = () => $("lform").elements.month.value.trim();
  const preview = guard(async function () {
    const l = await H.api("/api/v1/lists/" + encodeURIComponent(month()));
    $("lview").replaceChildren(el("p", { class: "muted" }, `${l.entries.length} merchants · digest ${l.digest} · policy ${l.policy_version}`),
      el("table", {}, el("tr", {}, ["label", "account", "company", "count"].map((h) => el("th", {}, h))),
        l.entries.map((e) => el("tr", {}, el("td", {}, e.label), el("td", {}, e.account_masked), el("td", {}, e.company_masked), el("td", {}, String(e.count))))));
  });

  const policy = guard(async function () {
    const p = await H.api("/api/v1/policy");
    const uses = (name, rows) => [el("h3", {}, name), el("table", {}, el("tr", {}, ["policy version", "rows", "first", "last"].map((h) => el("th", {}, h))),
      (rows || []).map((u) => el("tr", {}, el("td", {}, u.policy_version), el("td", {}, String(u.rows)), el("td", {}, H.time(u.first)), el("td", {}, H.time(u.last)))))];
    $("pview").replaceChildren(el("p", {}, "In force: ", el("b", {}, p.in_force), ` · delist_confidence ${p.delist_confidence}`), ...uses("Findings", p.findings), ...uses("Actions", p.actions));
  });


  // Policy lab (admin): live against shadow, and backtests.
  const lab = guard(async function () {
    const form = $("shform"), q = new URLSearchParams({ days: form.elements.days.value });
    if (form.elements.policy_version.value) q.set("policy_version", form.elements.policy_version.value);
    const r = await H.api("/api/v1/lab/shadow?" + q);
    const sel = form.elements.policy_version;
    if (sel.options.length === 1) (r.shadow_versions || []).forEach((v) => sel.append(el("option", { value: v.policy_version }, `${v.policy_version} (${v.findings})`)));
    $("labinfo").textContent = `in force ${r.in_force}` + (r.shadow_policy ? ` · shadow ${r.shadow_policy} since ${H.time(r.from)}` : "");
    $("shnote").textContent = r.note || "";
    H.stacked($("chart-live"), r.live_per_day || []);
    H.stacked($("chart-shadow"), r.shadow_per_day || []);
    const tot = {};
    for (const [side, rows] of [["live", r.live_per_day || []], ["shadow", r.shadow_per_day || []]]) rows.forEach((d) => { tot[d.code] = tot[d.code] || { live: 0, shadow: 0 }; tot[d.code][side] += d.n; });
    $("shcodes").tBodies[0].replaceChildren(...Object.keys(tot).sort().map((c) => { const d = tot[c].shadow - tot[c].live;
      return el("tr", {}, el("td", {}, c), el("td", {}, String(tot[c].live)), el("td", {}, String(tot[c].shadow)), el("td", { class: d > 0 ? "gained" : d < 0 ? "lost" : "" }, (d > 0 ? "+" : "") + d)); }));
    const dis = [...(r.live_only || []), ...(r.shadow_only || []), ...(r.changed || [])];
    $("shdis").tBodies[0].replaceChildren(...dis.map((d) => el("tr", { "data-finding": d.finding_id }, el("td", {}, d.finding_id.slice(0, 12)), el("td", {}, d.merchant_id), el("td", {}, `${d.subject} ${d.subject_id}`),
      el("td", {}, d.code), el("td", {}, d.live && d.shadow ? "both (changed)" : d.live ? "live only" : "shadow only"),
      el("td", {}, d.live_explanation ? `${d.live_rule} ${d.live_confidence}: ${d.live_explanation}` : "—"), el("td", {}, d.shadow_explanation ? `${d.shadow_rule} ${d.shadow_confidence}: ${d.shadow_explanation}` : "—"))));
    $("btstatus").textContent = r.backtests_configured ? "" : "Backtests are not configured on this server.";
    $("btrun").disabled = !r.backtests_configured;
  });

  function backtestReport(rep) {
    const codes = [...new Set([...Object.keys(rep.baseline.findings || {}), ...Object.keys(rep.candidate.findings || {})])].sort();
    const acts = [...new Set([...Object.keys(rep.baseline.actions || {}), ...Object.keys(rep.candidate.actions || {})])].sort();
    const gl = {}; (rep.by_category || []).forEach((c) => { gl[c.code] = gl[c.code] || { gained: 0, lost: 0 }; gl[c.code].gained += c.gained; gl[c.code].lost += c.lost; });
    const side = (o) => Object.entries(o.actions || {}).map(([k, v]) => `${k} ${v}`).join(", ") + ` · ${o.points} points`;
    const yes = (b) => b ? "✓" : "—";
    // a policy's verdict on a changed finding: made (with its rule and confidence) or not.
    const made = (b, rule, conf) => b ? [el("span", {}, "✓"), el("span", { class: "muted", title: "rule and confidence" }, ` ${rule || ""} ${(conf || 0).toFixed(2)}`)] : "—";
    const chart = el("div", { class: "chart", id: "chart-bt" }, el("h3", {}, "Findings gained (+) and lost (−) by code"));
    H.bars(chart, codes.flatMap((c) => [{ key: c + " +", n: (gl[c] || {}).gained || 0 }, { key: c + " −", n: (gl[c] || {}).lost || 0 }]).filter((d) => d.n > 0));
    // Gained and lost findings first, then those both policies make with another rule or confidence.
    const kind = (c) => c.baseline && c.candidate ? "changed" : c.candidate ? "gained" : "lost";
    const order = { gained: 0, lost: 1, changed: 2 };
    const changes = (rep.changes || []).map((c, i) => [c, i]).sort(([a, i], [b, j]) => order[kind(a)] - order[kind(b)] || i - j).map(([c]) => c);
    const n = { gained: 0, lost: 0, changed: 0 }; changes.forEach((c) => n[kind(c)]++);
    const bad = rep.bad_events ? el("p", { class: "bad", id: "btbad" }, `${rep.bad_events} event(s) could not be read or judged` + ((rep.bad || []).length ? `, first: ${rep.bad[0].where}` : "")) : "";
    return [el("p", {}, el("span", { class: "kpi" }, String(rep.events)), ` events judged · baseline ${rep.baseline.policy_version} (${rep.baseline.points} points) · candidate ${rep.candidate.policy_version} (${rep.candidate.points} points)`),
      el("p", { class: "muted", id: "btwindow" }, `events from ${H.time(rep.from)} to ${H.time(rep.to)}` + (rep.category ? ` · category ${rep.category}` : "") + (rep.sample_rate ? ` · sample ${rep.sample_rate}` : "") +
        ` · ladders run to ${H.time(rep.now)} · ${rep.bad_events || 0} bad events`), bad,
      el("table", { class: "codes" }, el("tr", {}, ["code", "baseline", "candidate", "gained", "lost"].map((h) => el("th", {}, h))),
        codes.map((c) => el("tr", { "data-code": c }, el("td", {}, c), el("td", {}, String(rep.baseline.findings[c] || 0)), el("td", {}, String(rep.candidate.findings[c] || 0)),
          el("td", { class: "gained" }, "+" + ((gl[c] || {}).gained || 0)), el("td", { class: "lost" }, "−" + ((gl[c] || {}).lost || 0))))),
      chart,
      el("h4", {}, "Actions"), el("table", { class: "actions" }, el("tr", {}, ["action", "baseline", "candidate"].map((h) => el("th", {}, h))),
        acts.map((a) => el("tr", { "data-action": a }, el("td", {}, a), el("td", {}, String(rep.baseline.actions[a] || 0)), el("td", {}, String(rep.candidate.actions[a] || 0))))),
      el("h4", {}, "By category"), el("table", { class: "bycat" }, el("tr", {}, ["category", "code", "gained", "lost"].map((h) => el("th", {}, h))),
        (rep.by_category || []).map((c) => el("tr", {}, el("td", {}, c.category), el("td", {}, c.code), el("td", { class: "gained" }, "+" + c.gained), el("td", { class: "lost" }, "−" + c.lost)))),
      el("h4", {}, `Merchants whose outcome changes (${(rep.merchants || []).length})`), el("table", { class: "merchants" }, el("tr", {}, ["merchant", "baseline", "candidate"].map((h) => el("th", {}, h))),
        (rep.merchants || []).map((m) => el("tr", { "data-merchant": m.merchant_id }, el("td", {}, m.merchant_id), el("td", {}, side(m.baseline)), el("td", {}, side(m.candidate))))),
      el("h4", {}, `Changed findings (${changes.length}: ${n.gained} gained, ${n.lost} lost, ${n.changed} with another rule or confidence; first 100)`),
      el("table", { class: "changes" }, el("tr", {}, ["subject", "merchant", "category", "code", "baseline", "candidate", "explanation"].map((h) => el("th", {}, h))),
        changes.slice(0, 100).map((c) => el("tr", { class: kind(c), "data-finding": c.finding_id }, el("td", {}, `${c.subject} ${c.subject_id}`), el("td", {}, c.merchant_id), el("td", {}, c.category_id || ""),
          el("td", {}, c.code), el("td", {}, made(c.baseline, c.baseline_rule, c.baseline_confidence)), el("td", {}, made(c.candidate, c.candidate_rule, c.candidate_confidence)), el("td", {}, c.candidate_explanation || c.baseline_explanation || ""))))];
  }

  const runBacktest = guard(async function () {
    const f = $("btform").elements;
    const body = { from: f.from.value + "T00:00:00Z", to: f.to.value + "T00:00:00Z", category: f.category.value.trim(), sample_rate: Number(f.sample_rate.value || 0), candidate: f.candidate.value, baseline: f.baseline.value };
    $("btreport").replaceChildren(el("p", { class: "muted" }, "running…"));
    try {
      const rep = await H.api("/api/v1/lab/backtests", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      $("btreport").replaceChildren(...backtestReport(rep));
    } catch (e) { $("btreport").replaceChildren(); throw e; }
  });

  const all = guard(async function () {
    const me = await H.api("/api/v1/me");
    $("who").textContent = `${me.principal.role}${me.principal.merchant_id ? " " + me.principal.merchant_id : ""} · policy ${me.policy_version}`;
    if (me.principal.role === "merchant") { location.href = "/portal"; return; }
    await overview(); await filterViolations();
    if (me.principal.role !== "analyst") { await reviews(); await appeals(); }
    await policy();
    const admin = me.principal.role === "admin";
    $("nav-lab").hidden = !admin; $("lab").hidden = !admin;
    if (admin) await lab();
  });

  $("days").addEventListener("change", overview);
  $("shform").addEventListener("submit", (e) => { e.preventDefault(); lab(); });
  $("btform").addEventListener("submit", (e) => { e.preventDefault(); runBacktest(); });
  $("btfile").addEventListener("change", guard(async () => { const f = $("btfile").files[0]; if (f) $("btform").elements.candidate.value = await f.text(); }));
  { const t = new Date(), f = new Date(t.getTime() - 30 * 864e5); $("btform").elements.to.value = t.toISOString().slice(0, 10); $("btform").elements.from.value = f.toISOString().slice(0, 10); }
  $("vfilter").addEventListener("submit", (e) => { e.preventDefault(); filterViolations(); });
  $("mform").addEventListener("submit", (e) => { e.preventDefault(); openMerchant($("mform").elements.id.value.trim()); });
  $("lform").addEventListener("submit", (e) => { e.preventDefault(); preview(); });
  $("publish").addEventListener("click", guard(async () => {
    if (!confirm("Publish the list for " + month() + "?")) return;
    const r = await H.api("/api/v1/lists/" + encodeURIComponent(month()) + "/publish", { method: "POST" });
    $("lview").prepend(el("p", {}, `published ${r.entries} merchants, ${r.notices} notices`));
  }));
  $("dlcsv").addEventListener("click", guard(() => H.download("/api/v1/lists/" + encodeURIComponent(month()) + "/csv", `serious-violators-${month()}.csv`)));
  $("dlhtml").addEventListener("click", guard(() => H.download("/api/v1/lists/" + encodeURIComponent(month()) + "/html", `serious-violators-${month()}.html`)));
  const d = new Date(); $("lform").elements.month.value = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  H.bindToken(all);
  window.hailiReady = H.token() ? all().then(() => true) : Promise.resolve(false);
})();
