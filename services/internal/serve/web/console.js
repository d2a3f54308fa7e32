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
        el("td", {}, note, el("button", { class: "confirm", onclick: decide("confirm") }, "Confirm"), el("button", { class: "dismiss", onclick: decide("dismiss") }, "Dismiss")));
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
      return el("tr", {}, el("td", {}, H.time(x.decided_at)), el("td", {}, x.appeal_id), el("td", {}, x.finding_id), el("td", {}, x.merchant_id), el("td", {}, x.note || ""),
        el("td", {}, x.decision === "pending" ? [el("button", { onclick: decide("uphold") }, "Uphold"), el("button", { onclick: decide("reject") }, "Reject")] : x.decision));
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

  const all = guard(async function () {
    const me = await H.api("/api/v1/me");
    $("who").textContent = `${me.principal.role}${me.principal.merchant_id ? " " + me.principal.merchant_id : ""} · policy ${me.policy_version}`;
    if (me.principal.role === "merchant") { location.href = "/portal"; return; }
    await overview(); await filterViolations();
    if (me.principal.role !== "analyst") { await reviews(); await appeals(); }
    await policy();
  });

  $("days").addEventListener("change", overview);
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
