// Haili merchant portal: the merchant's own notices, pending products and a
// self-check of a listings file.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const el = H.el;
  let merchant = "";
  const guard = (fn) => async (...a) => { try { H.error(""); await fn(...a); } catch (e) { H.error(e.message); } };

  const load = guard(async function () {
    const me = await H.api("/api/v1/me");
    merchant = me.principal.merchant_id || "";
    $("who").textContent = `${me.principal.role} ${merchant}`;
    if (!merchant) { $("pview").textContent = "This page is for merchant tokens; the console is at /."; return; }
    const base = "/api/v1/merchants/" + encodeURIComponent(merchant);
    const p = await H.api(base + "/pending");
    $("pview").replaceChildren(p.pending.length ? el("div", {}, p.pending.map((x) => el("div", { class: "ev" },
      el("h3", {}, `${x.action.subject} ${x.action.subject_id} · ${x.action.violation}`),
      el("p", {}, "Deadline 截止: ", el("b", {}, H.time(x.deadline))),
      x.violations.map((v) => { const more = el("div");
        return el("div", {}, H.evidence(v), el("button", { class: "context", onclick: guard(async () => {
          more.replaceChildren(H.context(await H.api(base + "/findings/" + encodeURIComponent(v.finding_id) + "/context")));
        }) }, "What was judged 查看原文"), more); })))) : el("p", { class: "muted" }, "Nothing pending 暂无待整改商品"));
    const n = await H.api(base + "/notices");
    $("nview").replaceChildren(n.notices.length ? el("table", {}, n.notices.map((x) => el("tr", {}, el("td", {}, H.time(x.created_at)), el("td", {}, x.kind),
      el("td", {}, H.time(x.deadline)), el("td", {}, x.text_en, el("br"), x.text_zh)))) : el("p", { class: "muted" }, "No notices 暂无通知"));
  });

  $("run").addEventListener("click", guard(async function () {
    const f = $("file").files[0];
    if (!f) throw new Error("choose a file first");
    const r = await H.api("/api/v1/check/listings", { method: "POST", headers: { "Content-Type": "application/x-ndjson" }, body: await f.text() });
    $("cview").replaceChildren(el("p", {}, `${r.listings} listings checked, ${r.findings} findings, ${r.errors} lines refused`),
      ...r.results.map((x) => el("div", { class: "ev" }, el("b", {}, `line ${x.line} ${x.listing_id || ""}: `),
        x.error ? el("span", { class: "err" }, x.error) : (x.findings.length ? x.findings.map((f) => H.evidence(f)) : "no findings ✓"))));
  }));
  H.bindToken(load);
  if (H.token()) load();
})();
