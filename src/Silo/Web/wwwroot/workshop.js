// The workshop page: listens to the server's feed (server-sent events, api/stream), draws the run with
// Apache ECharts (vendored, pinned: vendor/echarts-5.6.0) and, for the facilitator, sends clock and
// lever changes to the API with the token from the facilitator link (#token=...).
(() => {
  "use strict";
  const TEXT = window.WIJKSIM_TEXT;
  const ROLE_COLOURS = ["#c9c3b6", "#8fb3c4", "#3e8fb0", "#e07b39", "#b5462c"]; // none, aware, passive, active, core
  const PHASE_COLOURS = { idea: "#8e8e8e", pioneer: "#6a9f3c", growth: "#2e7d4f", established: "#1f6f8b", decline: "#c58b16", ended: "#7a2a1a" };
  const SOURCES = ["subsidy", "funds", "sponsors", "own_revenue", "contributions", "reintegration"];
  // Every kind of event and lever, declared once on the server (Levers/EventCatalogue.cs) and loaded
  // before this file (api/event-kinds.js): which fields a lever takes, its range and step, whether its
  // value is whole, a symbol from fonts every machine has, and its words, added to TEXT here.
  // Events are named by their type (subsidy_change), levers by the lever's name (subsidy).
  const KINDS = Object.fromEntries(window.WIJKSIM_EVENT_KINDS.map((k) => [k.name, k]));
  const LEVER_KINDS = Object.fromEntries(window.WIJKSIM_EVENT_KINDS.filter((k) => k.lever).map((k) => [k.lever, k]));
  const LEVERS = Object.fromEntries(Object.values(LEVER_KINDS).map((k) => [k.lever, k.fields]));
  for (const lang of Object.keys(TEXT)) {
    for (const k of window.WIJKSIM_EVENT_KINDS) {
      const words = (text) => (text ? (lang === "en" && text.en ? text.en : text.nl) : undefined);
      TEXT[lang]["ev_" + k.name] = words(k.label);
      if (k.lever) TEXT[lang]["lever_" + k.lever] = words(k.lever_label);
      if (k.value_hint) TEXT[lang]["value_" + k.lever] = words(k.value_hint);
    }
  }
  // A scenario's words for the room ({nl, en}, Dutch first): English falls back to Dutch.
  const say = (text) => (text ? (state.lang === "en" && text.en ? text.en : text.nl) : "");
  // An event on the charts and in the timeline: its symbol, and the scenario's caption for the room
  // ("Moord op juwelier Fred Hund") or else the kind of event ("Schok"); a held BIZ vote adds its count.
  const eventName = (e) => `${(KINDS[e.type] || {}).symbol || "•"} ${say(e.caption) || t("ev_" + e.type)}${voteResult(e)}`;
  function stepValue(direction) {
    const { step, min, max } = LEVER_KINDS[$("lever").value];
    const now = window.wijksimParseNumber($("lever-value").value.trim());
    const next = Math.min(max, Math.max(min, Math.round(((now === null ? min : now) + direction * step) / step) * step));
    $("lever-value").value = next.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
  }

  const state = {
    lang: localStorage.getItem("wijksim-lang") || "nl",
    token: readToken(),
    facilitator: false,
    selected: 0,          // which initiative the charts show
    scenario: null,
    version: -1,
    main: emptyRun(),
    fork: null,
    roles: null,
    network: null,
    viewers: 0,
    updates: 0,           // messages applied (the browser tests wait on it)
    presentation: false,  // large type for a projector (issue 15)
    poll: null,           // the open poll, or the last one closed (issue 15: the room takes part)
    voter: voterId(),     // this browser's id for answering polls (one answer per viewer)
    myChoice: null,       // what this viewer answered to the open poll
  };
  const charts = {};
  const $ = (id) => document.getElementById(id);
  const t = (key) => (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.en[key] || key;
  // A text with {name} placeholders filled in.
  const tf = (key, values) => t(key).replace(/\{(\w+)\}/g, (_, name) => String(values[name]));

  // A random id kept in this browser, so a viewer answers a poll once (a new answer replaces the old).
  function voterId() {
    let id = localStorage.getItem("wijksim-voter");
    if (!id) {
      id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
      localStorage.setItem("wijksim-voter", id);
    }
    return id;
  }

  function readToken() {
    const match = /token=([A-Za-z0-9]+)/.exec(location.hash);
    if (match) sessionStorage.setItem("wijksim-token", match[1]);
    return sessionStorage.getItem("wijksim-token");
  }

  function emptyRun() { return { id: null, forkedAtWeek: -1, state: null, rows: [], levers: [] }; }

  // ---------------------------------------------------------------- the feed
  function applyRun(target, run) {
    target.id = run.id;
    target.forkedAtWeek = run.forked_at_week;
    target.state = run.state;
    target.levers = run.levers;
    const k = state.scenario.initiatives.length;
    for (const row of run.rows) {
      const index = state.scenario.initiatives.findIndex((i) => i.id === row.initiative);
      target.rows[row.week * k + index] = row; // keyed by week: a week received twice is simply the same row
    }
    target.rows.length = run.state.week * k;
  }

  function onMessage(message) {
    if (message.kind === "snapshot" || message.version !== state.version) {
      state.scenario = message.scenario;
      state.version = message.version;
      state.main = emptyRun();
      state.fork = null;
      state.selected = Math.min(state.selected, message.scenario.initiatives.length - 1);
      loadNetwork();
      loadEarlierSessions(); // a new version may mean a session was replaced and kept
    }
    applyRun(state.main, message.main);
    if (message.fork) {
      if (!state.fork) state.fork = emptyRun();
      applyRun(state.fork, message.fork);
    } else {
      state.fork = null;
    }
    state.roles = Uint8Array.from(atob(message.roles), (c) => c.charCodeAt(0));
    state.viewers = message.viewers;
    if (!message.poll || !state.poll || message.poll.id !== state.poll.id) state.myChoice = null;
    state.poll = message.poll;
    state.updates++;
    scheduleRender();
  }

  function connect() {
    const source = new EventSource("api/stream");
    source.onmessage = (e) => onMessage(JSON.parse(e.data));
    // EventSource reconnects by itself; the first message after a reconnect is a full snapshot.
  }

  async function loadNetwork() {
    const response = await fetch("api/network");
    if (response.ok) { state.network = await response.json(); scheduleRender(); }
  }

  // ---------------------------------------------------------------- the API
  async function api(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let payload = null;
    try { payload = await response.json(); } catch { /* no body */ }
    return { ok: response.ok, status: response.status, payload };
  }

  // The server's reason for refusing something, in the page's language: a known code with its values
  // (LeverError on the server: "value_range" with min, max, found), numbers written the Dutch way; else
  // a text for the field it names (a clock or scenario answer); else as the server said it.
  function serverErrorText(payload) {
    if (!payload) return t("unauthorized");
    const key = "err_" + payload.code;
    if (!payload.code || !(TEXT[state.lang] && TEXT[state.lang][key])) {
      const byField = TEXT[state.lang] && TEXT[state.lang]["err_field_" + payload.field];
      if (!byField) return payload.error;
      // A scenario file's own problem (file, line and key) is kept after the sentence: it names where to look.
      return payload.field === "file" ? `${byField} ${payload.error}` : byField;
    }
    const args = {};
    for (const [name, value] of Object.entries(payload.args || {}))
      args[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value).toLocaleString(state.lang === "nl" ? "nl-NL" : "en-GB") : value;
    return tf(key, args);
  }

  function showError(field, message) {
    document.querySelectorAll(`[data-error-for="${field}"]`).forEach((el) => { el.textContent = message; });
  }
  function clearErrors() { document.querySelectorAll("[data-error-for]").forEach((el) => { el.textContent = ""; }); }

  async function clock(path, body) {
    clearErrors();
    const result = await api("POST", path, body);
    if (!result.ok) showError("clock", result.payload ? serverErrorText(result.payload) : t("unauthorized"));
  }

  async function whoAmI() {
    const result = await api("GET", "api/state");
    state.facilitator = !!(result.payload && result.payload.facilitator);
    document.querySelectorAll(".facilitator-only").forEach((el) => { el.hidden = !state.facilitator; });
    const role = $("role");
    role.dataset.i18n = state.facilitator ? "facilitator" : "participant";
    role.classList.toggle("facilitator", state.facilitator);
    if (state.facilitator) await loadScenarioList();
    translate();
  }

  async function loadScenarioList() {
    const result = await api("GET", "api/scenarios");
    if (!result.ok) return;
    $("scenario-file").innerHTML = result.payload.files
      .map((f) => `<option value="${f}"${f === result.payload.current ? " selected" : ""}>${f}</option>`).join("");
  }

  // ---------------------------------------------------------------- nothing lost (issue 15)
  // Every replaced session is kept by the server; the list offers each as a zip.
  async function loadEarlierSessions() {
    const result = await api("GET", "api/sessions");
    if (!result.ok) return;
    const sessions = result.payload.sessions;
    $("earlier").hidden = sessions.length === 0;
    $("earlier-count").textContent = sessions.length;
    $("earlier-list").innerHTML = sessions.map((s) => `<li><a href="${escapeHtml(s.url)}" download>${escapeHtml(tf("earlier_item", {
      scenario: s.scenario, week: s.week, levers: s.lever_changes, reason: t("reason_" + s.reason),
      fork: s.forked_at_week === null ? "" : tf("earlier_fork", { week: s.forked_at_week }),
    }))}</a></li>`).join("");
  }

  // Asks before a click replaces the session, saying what leaves the screen and where it is kept.
  function confirmReplace(question) {
    const week = state.main.state ? state.main.state.week : 0;
    if (week === 0 && !state.fork) return true; // nothing to lose
    const levers = state.main.levers.length + (state.fork ? state.fork.levers.length : 0);
    const fork = state.fork ? tf("earlier_fork", { week: state.fork.forkedAtWeek }) : "";
    return window.confirm(question + "\n\n" + tf("confirm_what", { week, levers, fork }));
  }

  // ---------------------------------------------------------------- levers
  function setUpLeverForm() {
    $("lever").innerHTML = Object.keys(LEVERS).map((l) => `<option value="${l}" data-i18n="lever_${l}"></option>`).join("");
    $("lever").addEventListener("change", showLeverFields);
    $("lever-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      clearErrors();
      $("lever-ok").textContent = "";
      const lever = $("lever").value;
      const fields = LEVERS[lever];
      const valueText = $("lever-value").value.trim();
      const value = valueText === "" ? null : window.wijksimParseNumber(valueText);
      if (fields.includes("value") && valueText !== "" && value === null) { showError("value", tf("number_format", { text: valueText })); return; }
      if (value !== null && LEVER_KINDS[lever].whole_number && !Number.isInteger(value)) { showError("value", tf("whole_number", { value: valueText })); return; }
      const body = {
        lever,
        run: state.fork ? $("lever-run").value : "main",
        initiative: fields.includes("initiative") ? $("lever-initiative").value : null,
        stance: fields.includes("stance") ? $("lever-stance").value : null,
        schedule: fields.includes("schedule") ? $("lever-schedule").value : null,
        value: fields.includes("value") ? value : null,
        by: "facilitator",
      };
      const result = await api("POST", "api/levers", body);
      if (result.ok) {
        $("lever-ok").textContent = `${t("lever_applied")} ${result.payload.week} (${result.payload.date})`;
      } else {
        const field = (result.payload && result.payload.field) || "lever";
        showError(field === "token" ? "token" : field, serverErrorText(result.payload));
      }
    });
    showLeverFields();
  }

  function showLeverFields() {
    const fields = LEVERS[$("lever").value];
    document.querySelectorAll("#lever-form [data-for]").forEach((el) => {
      el.hidden = el.dataset.for === "run" ? !state.fork
        // A poll on the room's BIZ vote asks yes or no; a poll on a value lever needs the values to choose from.
        : el.dataset.for === "poll-choices" ? !fields.includes("value") || $("lever").value === "room_vote"
        : !fields.includes(el.dataset.for);
    });
    $("value-hint").dataset.i18n = "value_" + $("lever").value;
    translate();
  }

  // ---------------------------------------------------------------- rendering
  let pending = false;
  function scheduleRender() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; render(); });
  }

  function rowsOf(run, k) {
    const n = state.scenario.initiatives.length;
    const rows = [];
    for (let i = k; i < run.rows.length; i += n) rows.push(run.rows[i]);
    return rows;
  }

  function render() {
    if (!state.scenario) return;
    const s = state.main.state;
    $("scenario-name").textContent = say(state.scenario.title) || state.scenario.name;
    $("week").textContent = `${t("week")} ${s.week} ${t("of")} ${s.horizon}`;
    $("week").dataset.week = s.week;
    const last = state.main.rows[state.main.rows.length - 1];
    $("date").textContent = dateText(last ? last.date : state.scenario.start); // 4 okt. 2010, not 2010-10-04
    const running = $("running");
    running.dataset.i18n = s.running ? "running" : "paused";
    running.classList.toggle("running", s.running);
    $("viewers").textContent = state.viewers;
    $("viewers-label").dataset.i18n = state.viewers === 1 ? "viewer" : "viewers";
    $("fork").hidden = !!state.fork;
    $("unfork").hidden = !state.fork;
    renderInitiatives();
    renderCompare();
    renderCharts();
    renderNetwork();
    renderTimeline();
    renderPoll();
    showLeverFields();
    const initiatives = state.scenario.initiatives.map((i) => `<option value="${i.id}">${i.name}</option>`).join("");
    if ($("lever-initiative").dataset.key !== initiatives) { $("lever-initiative").innerHTML = initiatives; $("lever-initiative").dataset.key = initiatives; }
    translate();
  }

  const fmt = (x, digits) => (x === undefined || x === null || Number.isNaN(x) ? "–" : Number(x).toLocaleString(state.lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

  // A 0-1 scale as a percentage: a room reads 56%, not 0.56.
  const pct = (x) => (x === undefined || x === null || Number.isNaN(x) ? "–" : `${fmt(100 * x, 0)}%`);
  // A value as given: whole numbers without decimals (26, 30.000), others with at most two (0,4).
  const num = (x) => fmt(x, Number.isInteger(x) ? 0 : 2);

  function renderInitiatives() {
    const html = state.scenario.initiatives.map((ini, k) => {
      const rows = rowsOf(state.main, k);
      const r = rows[rows.length - 1];
      const phase = r ? r.phase : "idea";
      return `<article class="kpi" data-initiative="${k}" style="border-color:${PHASE_COLOURS[phase]};cursor:pointer${k === state.selected ? ";background:#f3f7f9" : ""}">
        <h3>${ini.name}</h3><span class="phase" style="background:${PHASE_COLOURS[phase]}">${t("phase_" + phase)}</span>
        <dl><dt>${t("active")}</dt><dd>${r ? r.active_volunteers : 0}</dd><dt>${t("passive")}</dt><dd>${r ? r.passive_supporters : 0}</dd>
        <dt>${t("hours")}</dt><dd>${fmt(r && r.hours, 0)}</dd><dt>${t("free_riders")}</dt><dd>${pct(r && r.free_rider_share)}</dd>
        <dt>${t("trust_initiative")}</dt><dd>${pct(r && r.trust_mean)}</dd><dt>${t("cash")}</dt><dd>€ ${fmt(r && r.cash, 0)}</dd>
        <dt>${t("diversity")}</dt><dd>${pct(r && r.income_diversity)}</dd><dt>${t("drift")}</dt><dd>${pct(r && r.mission_drift)}</dd>
        <dt>${t("municipality_trust")}</dt><dd>${pct(r && r.municipality_trust_mean)}</dd></dl></article>`;
    }).join("") + aboutCard();
    if ($("initiatives").innerHTML !== html) $("initiatives").innerHTML = html;
  }

  // The case in plain words for the room; the scenario's research description stays behind the bron tip.
  function aboutCard() {
    const sc = state.scenario, story = say(sc.story);
    const note = sc.description ? ` <abbr class="source" title="${escapeHtml(sc.description)}">(${t("source")})</abbr>` : "";
    return `<article class="about"><h3>${escapeHtml(say(sc.title) || sc.name)}</h3><p>${escapeHtml(story)}${note}</p></article>`;
  }

  // One lever change in words a room reads: "Vanaf week 30 (4 mei 2011): Subsidie (ritme en bedrag): vast, € 30.000".
  function describeChange(l) {
    const c = l.change, parts = [];
    if (c.stance) parts.push(t(c.stance));
    if (c.schedule) parts.push(t(c.schedule));
    if (c.value !== null && c.value !== undefined) parts.push(c.lever === "subsidy" ? `€ ${fmt(c.value, 0)}` : num(c.value));
    return tf("change_item", { week: l.week, date: dateText(l.date), lever: t("lever_" + c.lever), detail: parts.length ? ": " + parts.join(", ") : "" });
  }
  const dateText = (iso) => new Date(iso + "T12:00:00Z").toLocaleDateString(state.lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "short", year: "numeric" });

  function renderCompare() {
    $("compare").hidden = !state.fork;
    if (!state.fork) return;
    const k = state.selected;
    const changes = state.fork.levers;
    $("compare-changes").innerHTML = changes.length === 0 ? `<li>${escapeHtml(t("no_change_yet"))}</li>`
      : changes.map((l) => `<li>${escapeHtml(describeChange(l))}</li>`).join("");
    const a = rowsOf(state.main, k).at(-1), b = rowsOf(state.fork, k).at(-1);
    // Shares (0-1) are shown as percentages; the difference gets an arrow a room can read from afar.
    const show = (x, kind) => kind === "share" ? pct(x) : kind === "euro" ? `€ ${fmt(x, 0)}` : fmt(x, 0);
    const line = (label, key, kind) => {
      const x = a && a[key], y = b && b[key];
      let diff = "–";
      if (x !== undefined && y !== undefined && x !== null && y !== null) {
        const d = kind === "share" ? Math.round(100 * (y - x)) : Math.round(y - x);
        diff = d === 0 ? `= ${t("same")}` : `${d > 0 ? "▲" : "▼"} ${kind === "euro" ? "€ " : ""}${fmt(Math.abs(d), 0)}${kind === "share" ? " " + t("points") : ""} ${t(d > 0 ? "more" : "less")}`;
      }
      return `<tr><td>${t(label)}</td><td>${show(x, kind)}</td><td>${show(y, kind)}</td><td class="diff">${diff}</td></tr>`;
    };
    $("compare-table").innerHTML = `<tr><th>${t("outcome")} (${t("forked_at")} ${state.fork.forkedAtWeek})</th><th>${t("without_change")}</th><th>${t("with_change")}</th><th>${t("difference")}</th></tr>`
      + `<tr><td>${t("phase")}</td><td>${a ? t("phase_" + a.phase) : "–"}</td><td>${b ? t("phase_" + b.phase) : "–"}</td><td class="diff">${a && b && a.phase !== b.phase ? "≠" : ""}</td></tr>`
      + line("active", "active_volunteers", "count") + line("passive", "passive_supporters", "count") + line("free_riders", "free_rider_share", "share")
      + line("trust_initiative", "trust_mean", "share") + line("trust_municipality", "municipality_trust_mean", "share") + line("cash", "cash", "euro");
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id), null, { renderer: "canvas" });
      window.addEventListener("resize", () => charts[id].resize());
    }
    return charts[id];
  }

  // Turning points the model makes, not the scenario, found in the shown initiative's weeks as they
  // come: where its money crisis begins and its residents mobilise, and where its subsidy stops or is
  // granted again (the subsidy rhythm: a gap while the municipality decides). The subsidy's lines are
  // quiet on the charts (named in the tooltip and the timeline): a yearly gap would crowd them.
  function turningPoints() {
    const points = [];
    const paid = (r) => !!(r && r.income && r.income.subsidy > 0);
    rowsOf(state.main, state.selected).forEach((r, week, rows) => {
      const before = week > 0 ? rows[week - 1] : null;
      if (!r) return;
      for (const [field, key, symbol] of [["in_crisis", "crisis", "⚡"], ["mobilised", "mobilised", "⚒"]])
        if (r[field] && !(before && before[field])) points.push({ week, date: r.date, text: `${symbol} ${t(key)}` });
      // A lease extended (its end moves later) or a place lost: the municipality's decisions on the place.
      if (before && r.lease_end_week > before.lease_end_week && before.lease_end_week >= 0)
        points.push({ week, date: r.date, text: `⌂ ${tf("lease_extended", { years: Math.round((r.lease_end_week - before.lease_end_week) / 52) })}` });
      if (r.lease_lost && !(before && before.lease_lost)) points.push({ week, date: r.date, text: `⌂ ${t("lease_lost")}` });
      if (before && paid(r) !== paid(before))
        points.push({ week, date: r.date, text: `€ ${t(paid(r) ? "subsidy_granted" : "subsidy_stops")}`, quiet: true });
    });
    return points;
  }

  // A label along a line on a chart stays inside the plot: long captions are cut, the tooltip and the
  // timeline have them whole.
  const short = (text) => {
    const max = state.presentation ? 20 : 24;
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  };

  // On a chart a held BIZ vote shows its count before anything else ("✓ BIZ: 16 van 56 voor").
  const chartName = (e) => {
    const vote = voteCount(e);
    return vote ? `${KINDS[e.type].symbol} ${tf("biz_result_short", vote)}` : short(eventName(e));
  };

  // Scenario events (grey), the model's turning points (red) and lever changes (orange) as vertical lines on the time charts.
  function markers() {
    // Events carry their symbol and Dutch name on the line; the scenario's research note stays in the tooltip.
    const size = state.presentation ? 15 : 11;
    const events = state.scenario.events.filter((e) => e.week >= 0 && e.week < state.main.state.horizon)
      .map((e) => ({ xAxis: e.week, name: eventName(e), lineStyle: { color: "#9a948a", type: "dashed" },
        // Right of the line, inside the plot (left of it, week 0's label ran over the axis), on a light ground.
        label: { show: true, formatter: chartName(e), position: "insideEndBottom", fontSize: size, color: "#5d6b73", backgroundColor: "rgba(255,255,255,0.75)" } }));
    // Several lever changes in one week share one line and one label, each named in it.
    const grouped = (levers, colour, prefix) => Object.values(levers.reduce((byWeek, l) => {
      (byWeek[l.week] = byWeek[l.week] || []).push(l);
      return byWeek;
    }, {})).map((ls) => {
      const text = ls.map((l) => t("lever_" + l.change.lever)).join(" + ");
      return { xAxis: ls[0].week, name: prefix + text, lineStyle: { color: colour, width: 2 },
        label: { show: true, formatter: short(text), position: "insideStartBottom", fontSize: size, color: colour, backgroundColor: "rgba(255,255,255,0.75)" } };
    });
    const levers = grouped(state.main.levers, "#b0551d", "");
    const forkLevers = state.fork ? grouped(state.fork.levers, FORK_COLOUR, `${t("with_change")}: `) : [];
    const turns = turningPoints().map((p) => ({ xAxis: p.week, name: p.text, lineStyle: { color: "#a3201c", type: "dotted", width: p.quiet ? 1 : 2, opacity: p.quiet ? 0.5 : 1 },
      label: { show: !p.quiet, formatter: short(p.text), position: "insideMiddleBottom", fontSize: size, color: "#a3201c", backgroundColor: "rgba(255,255,255,0.75)" } }));
    return { symbol: "none", silent: false, data: [...events, ...turns, ...levers, ...forkLevers], tooltip: { formatter: (p) => p.name } };
  }

  // The comparison run has a colour of its own (and is dashed), so it can be told apart on a projector.
  const FORK_COLOUR = "#7b3fa0";
  function lineSeries(name, colour, rows, pick, fork, extra) {
    return Object.assign({
      name: fork ? `${name} (${t("with_change")})` : name, type: "line", showSymbol: false, color: fork ? mix(colour, FORK_COLOUR) : colour,
      lineStyle: { type: fork ? "dashed" : "solid", width: 2 },
      data: rows.map((r) => [r.week, pick(r)]),
    }, extra || {});
  }

  // Halfway between two #rrggbb colours.
  function mix(a, b) {
    const c = (s, i) => parseInt(s.slice(i, i + 2), 16);
    return "#" + [1, 3, 5].map((i) => Math.round((c(a, i) + c(b, i)) / 2).toString(16).padStart(2, "0")).join("");
  }

  // Font sizes of the charts: the projector's are readable from the back of a room.
  const TYPE = { normal: { title: 15, legend: 13, axis: 12 }, presentation: { title: 22, legend: 18, axis: 16 } };

  function timeChart(id, title, yName, build) {
    const type = state.presentation ? TYPE.presentation : TYPE.normal;
    const k = state.selected;
    const main = rowsOf(state.main, k), fork = state.fork ? rowsOf(state.fork, k).filter((r) => r.week >= state.fork.forkedAtWeek) : null;
    const series = build(main, false);
    if (fork) series.push(...build(fork, true).filter((s) => !s.stack));
    series[0].markLine = markers();
    chart(id).setOption({
      animation: false,
      title: { text: title, left: 0, textStyle: { fontSize: type.title, width: chart(id).getWidth() - 10, overflow: "truncate" } },
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? fmt(v, Math.abs(v) < 10 ? 2 : 0) : v) },
      // On the projector every legend entry is shown (wrapping); elsewhere it scrolls.
      legend: { bottom: 0, type: state.presentation ? "plain" : "scroll", textStyle: { fontSize: type.legend }, itemWidth: type.legend + 4 },
      // Room for the title above the plot and the legend below it, so that nothing overlaps.
      // Axis names run along their axes (not above them, where they met the title).
      grid: { left: 6 * type.axis + 16, right: Array.isArray(yName) ? 6 * type.axis + 16 : 20, top: type.title + 24,
        bottom: (state.presentation ? 4 : 2) * type.legend + 40 },
      textStyle: { fontSize: type.axis },
      // The years simulated so far (at least one): the whole horizon would squeeze a young run into a corner.
      xAxis: { type: "value", min: 0, max: Math.min(state.main.state.horizon, Math.max(52, Math.ceil((state.main.state.week + 1) / 52) * 52)), name: t("week"), nameGap: type.axis + 8, nameLocation: "middle",
        axisLabel: { fontSize: type.axis, formatter: (v) => fmt(v, 0) }, nameTextStyle: { fontSize: type.axis } },
      // Dutch number habits on the axes (30.000), and shares as percentages (56%, not 0.56).
      yAxis: (Array.isArray(yName) ? yName : [yName]).map((n) => ({ type: "value", name: n, nameLocation: "middle", nameGap: 4.6 * type.axis,
        axisLabel: { fontSize: type.axis, formatter: n === t("share") ? pct : (v) => fmt(v, Math.abs(v) < 10 && v % 1 !== 0 ? 1 : 0) },
        nameTextStyle: { fontSize: type.axis } })),
      series,
    }, { replaceMerge: ["series", "yAxis"] });
  }

  function renderCharts() {
    timeChart("chart-draagvlak", t("chart_draagvlak"), t("residents"), (rows, fork) => [
      lineSeries(t("active"), "#e07b39", rows, (r) => r.active_volunteers, fork),
      lineSeries(t("core"), "#b5462c", rows, (r) => r.core, fork),
      lineSeries(t("passive"), "#3e8fb0", rows, (r) => r.passive_supporters, fork),
    ]);
    timeChart("chart-trust", t("chart_trust"), t("share"), (rows, fork) => [
      lineSeries(t("trust_initiative"), "#2e7d4f", rows, (r) => r.trust_mean, fork),
      lineSeries(t("trust_municipality"), "#1f6f8b", rows, (r) => r.municipality_trust_mean, fork),
      lineSeries(t("free_riders"), "#c58b16", rows, (r) => r.free_rider_share, fork),
      lineSeries(t("drift"), "#7b3fa0", rows, (r) => r.mission_drift, fork),
    ]);
    const sourceColours = ["#1f6f8b", "#6a9f3c", "#c58b16", "#3e8fb0", "#9a6fb0", "#b5462c"];
    timeChart("chart-money", t("chart_money"), t("euro"), (rows, fork) => [
      lineSeries(t("cash"), "#1f2a30", rows, (r) => r.cash, fork, { lineStyle: { width: 3, type: fork ? "dashed" : "solid" }, z: 5 }),
      ...(fork ? [] : SOURCES.map((s, i) => lineSeries(t("income_" + s), sourceColours[i], rows, (r) => r.income[s] * 52, false,
        { stack: "income", areaStyle: { opacity: 0.55 }, lineStyle: { width: 0 } }))),
      // The comparison's income as one line, so a subsidy changed in it shows on the money chart.
      ...(fork ? [lineSeries(t("income_total"), "#6a9f3c", rows, (r) => SOURCES.reduce((sum, s) => sum + r.income[s], 0) * 52, true)] : []),
    ]);
    timeChart("chart-work", t("chart_work"), [t("hours"), t("diversity")], (rows, fork) => [
      lineSeries(t("hours"), "#e07b39", rows, (r) => r.hours, fork),
      lineSeries(t("diversity"), "#2e7d4f", rows, (r) => r.income_diversity, fork, { yAxisIndex: 1 }),
    ]);
  }

  let drawnRoles = null;
  // The neighbourhood as a street plan: the model's ring of residents (neighbours on the ring live next
  // door) laid out as rows of homes along streets, snaking so that the ring stays unbroken, one square
  // per home coloured by its resident's role, and each initiative's place marked. Two rows of homes
  // face each other across a street.
  function streetPlan(n) {
    const perRow = Math.max(10, Math.round(Math.sqrt(n * 1.6)));
    const at = (i) => {
      const row = Math.floor(i / perRow), k = i % perRow;
      return [row % 2 === 0 ? k : perRow - 1 - k, row + 0.8 * Math.floor(row / 2)]; // a street after every second row
    };
    return { perRow, at };
  }

  function renderNetwork() {
    if (!state.network || !state.roles || state.roles.length !== state.network.residents) return;
    const key = state.roles.join("") + state.lang;
    if (key === drawnRoles) return; // 2,000 homes: redraw only when someone's role changed
    drawnRoles = key;
    const n = state.network.residents, roles = state.roles, plan = streetPlan(n);
    const byRole = [[], [], [], [], []];
    for (let i = 0; i < n; i++) byRole[roles[i]].push(plan.at(i));
    const names = [0, 1, 2, 3, 4].map((r) => t("role_" + ["none", "aware", "passive", "active", "core"][r]));
    const places = state.scenario.initiatives.map((ini) => {
      const [x, y] = plan.at(Math.min(n - 1, Math.floor(ini.centre * n)));
      return { coord: [x, y], value: `⌂ ${ini.name}` };
    });
    const size = Math.max(3, Math.min(9, Math.floor(300 / plan.perRow)));
    chart("chart-network").setOption({
      animation: false,
      title: { text: t("chart_network"), left: 0, textStyle: { fontSize: 14 } },
      legend: { bottom: 0, data: names },
      grid: { top: 30, bottom: 40, left: 4, right: 4 },
      xAxis: { show: false, min: -1, max: plan.perRow },
      yAxis: { show: false, inverse: true, min: -1, max: plan.at(n - 1)[1] + 1 },
      series: byRole.map((points, r) => ({
        name: names[r], type: "scatter", symbol: "rect", symbolSize: size, silent: true, data: points,
        itemStyle: { color: ROLE_COLOURS[r] },
        // The initiative's place, on the first series so it is drawn once.
        markPoint: r === 0 ? { symbol: "pin", symbolSize: 28, itemStyle: { color: "#1f2a30" },
          label: { show: true, formatter: "{c}", position: "right", color: "#1f2a30", fontWeight: "bold", backgroundColor: "rgba(255,255,255,0.85)" }, data: places } : undefined,
      })),
    }, { replaceMerge: ["series"] });
  }


  function renderTimeline() {
    const week = state.main.state.week;
    const items = [
      ...state.scenario.events.map((e) => ({ week: e.week, date: e.date, who: eventName(e), what: initiativeName(e.initiative), source: e.label, lever: false })),
      ...turningPoints().map((p) => ({ week: p.week, date: p.date, who: p.text, what: initiativeName(state.scenario.initiatives[state.selected].id), lever: false })),
      ...state.main.levers.map((l) => ({ week: l.week, date: l.date, who: l.change.by, what: describeLever(l.change), lever: true })),
      ...(state.fork ? state.fork.levers.map((l) => ({ week: l.week, date: l.date, who: `${l.change.by} (${t("with_change")})`, what: describeLever(l.change), lever: true })) : []),
    ].sort((a, b) => a.week - b.week);
    const html = items.map((i) => `<li class="${i.lever ? "lever" : ""} ${i.week > week ? "future" : ""}" data-week="${i.week}"><span>${t("week")} ${i.week}</span><span class="date">${dateText(i.date)}</span><span><span class="who">${escapeHtml(i.who)}</span>${i.what ? ": " + escapeHtml(i.what) : ""}${i.source ? ` <abbr class="source" title="${escapeHtml(i.source)}">(${t("source")})</abbr>` : ""}</span></li>`).join("");
    if ($("timeline").innerHTML !== html) $("timeline").innerHTML = html;
  }

  // A BIZ vote that has been held shows its count: ": 16 van 56 ondernemers voor". Its week's row holds
  // the latest vote; a vote is not held when the initiative had already ended (the row would still
  // show the earlier vote), so that case says nothing.
  function voteCount(e) {
    if (e.type !== "biz_vote" || !state.main.state) return null;
    const k = state.scenario.initiatives.findIndex((i) => i.id === e.initiative);
    const n = state.scenario.initiatives.length;
    const row = state.main.rows[e.week * n + k], before = e.week > 0 ? state.main.rows[(e.week - 1) * n + k] : null;
    if (!row || !row.biz_votes || (before && before.phase === "ended")) return null;
    return { yes: row.biz_yes, votes: row.biz_votes };
  }
  const voteResult = (e) => { const vote = voteCount(e); return vote ? ": " + tf("biz_result", vote) : ""; };


  // ---------------------------------------------------------------- the room's polls
  // A choice as the room reads it: "partner", "ja", "26", "vast € 30.000".
  const CHOICE_UNITS = { decision_lag: "weeks_unit", election: "weeks_unit", group_split: "members" };
  function choiceText(poll, label) {
    const unit = CHOICE_UNITS[poll.lever] ? " " + t(CHOICE_UNITS[poll.lever]) : "";
    return label.split(" ").map((part) => (/^-?\d+(\.\d+)?$/.test(part)
      ? (poll.lever === "subsidy" ? "€ " : "") + num(Number(part)) + unit
      : t(part))).join(" ");
  }

  function pollQuestion(poll) {
    if (poll.lever === "room_vote") return t("poll_question_biz");
    const who = poll.initiative ? ` (${initiativeName(poll.initiative)})` : "";
    return tf("poll_question", { lever: t("lever_" + poll.lever) }) + who;
  }

  function renderPoll() {
    const poll = state.poll;
    $("poll").hidden = !poll;
    if (!poll) return;
    $("poll-question").textContent = `☝ ${pollQuestion(poll)}`;
    const total = poll.tally.reduce((a, b) => a + b, 0);
    const html = poll.choices.map((label, i) => {
      const share = total ? Math.round((100 * poll.tally[i]) / total) : 0;
      const mine = state.myChoice === i ? " mine" : "";
      return `<button type="button" class="poll-choice${mine}" data-choice="${i}" ${poll.open ? "" : "disabled"}>
        <span class="label">${escapeHtml(choiceText(poll, label))}</span><span class="count">${poll.tally[i]}</span>
        <span class="bar" style="width:${share}%"></span></button>`;
    }).join("");
    if ($("poll-choices-list").innerHTML !== html) $("poll-choices-list").innerHTML = html;
    const status = poll.open
      ? tf(total === 1 ? "poll_answers_one" : "poll_answers", { n: total })
      : poll.applied ? tf("poll_applied", { what: describeLever(poll.applied) }) : t("poll_closed");
    $("poll-status").textContent = status;
    $("poll-controls").hidden = !state.facilitator || !poll.open;
  }

  async function answerPoll(choice) {
    if (!state.poll || !state.poll.open) return;
    state.myChoice = choice;
    const result = await api("POST", "api/polls/answer", { poll: state.poll.id, choice, voter: state.voter });
    if (!result.ok) showError("poll", serverErrorText(result.payload));
    scheduleRender();
  }

  // The facilitator asks the room about the lever in the form: its choices are the values typed
  // ("4; 12; 26", Dutch numbers), or built in for the stance and the room's BIZ vote.
  async function openPoll() {
    clearErrors();
    const lever = $("lever").value, fields = LEVERS[lever];
    const texts = $("poll-choices").value.split(";").map((x) => x.trim()).filter((x) => x !== "");
    const values = texts.map((x) => window.wijksimParseNumber(x));
    const bad = texts.findIndex((x, i) => values[i] === null);
    if (fields.includes("value") && bad >= 0) { showError("choices", tf("number_format", { text: texts[bad] })); return; }
    const schedule = fields.includes("schedule") ? $("lever-schedule").value : null;
    const body = {
      lever,
      run: state.fork ? $("lever-run").value : "main",
      initiative: fields.includes("initiative") ? $("lever-initiative").value : null,
      choices: fields.includes("value") ? values.map((value) => ({ value, schedule })) : null,
    };
    const result = await api("POST", "api/polls", body);
    if (!result.ok) {
      const field = (result.payload && result.payload.field) || "choices";
      showError(field.startsWith("choices") ? "choices" : field, serverErrorText(result.payload));
    }
  }

  async function closePoll(apply) {
    clearErrors();
    const result = await api("POST", "api/polls/close", { apply });
    if (!result.ok) showError((result.payload && result.payload.field) || "poll", serverErrorText(result.payload));
  }

  const initiativeName = (id) => (id ? (state.scenario.initiatives.find((i) => i.id === id) || { name: id }).name : "");

  function describeLever(c) {
    const parts = [t("lever_" + c.lever)];
    if (c.initiative) parts.push(initiativeName(c.initiative));
    if (c.stance) parts.push(t(c.stance));
    if (c.schedule) parts.push(t(c.schedule));
    if (c.value !== null && c.value !== undefined) parts.push(c.lever === "room_vote" ? `${pct(c.value)} ${t("yes")}` : String(c.value));
    return parts.join(" · ");
  }

  const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

  function translate() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $("lang").textContent = state.lang === "nl" ? "EN" : "NL";
  }

  // ---------------------------------------------------------------- presentation mode
  // Full screen, large type, the charts above the fold; the facilitator steers from another device.
  function togglePresentation() {
    state.presentation = !state.presentation;
    document.body.classList.toggle("presentation", state.presentation);
    $("present").dataset.i18n = state.presentation ? "present_off" : "present";
    if (state.presentation && document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => { /* not allowed: large type still helps */ });
    if (!state.presentation && document.fullscreenElement) document.exitFullscreen().catch(() => {});
    translate();
    render();
    Object.values(charts).forEach((c) => c.resize());
  }

  // ---------------------------------------------------------------- wiring
  function wire() {
    $("present").addEventListener("click", togglePresentation);
    $("poll-open").addEventListener("click", openPoll);
    $("value-down").addEventListener("click", () => stepValue(-1));
    $("value-up").addEventListener("click", () => stepValue(+1));
    $("poll-apply").addEventListener("click", () => closePoll(true));
    $("poll-close").addEventListener("click", () => closePoll(false));
    $("poll-choices-list").addEventListener("click", (e) => {
      const button = e.target.closest("button[data-choice]");
      if (button) answerPoll(Number(button.dataset.choice));
    });
    $("lang").addEventListener("click", () => {
      state.lang = state.lang === "nl" ? "en" : "nl";
      localStorage.setItem("wijksim-lang", state.lang);
      translate();
      render();
      loadEarlierSessions();
    });
    $("start").addEventListener("click", () => clock("api/start"));
    $("pause").addEventListener("click", () => clock("api/pause"));
    $("step").addEventListener("click", () => clock("api/step", { weeks: 1 }));
    $("until-event").addEventListener("click", () => {
      const week = state.main.state.week;
      const next = state.scenario.events.find((e) => e.week >= week); // the week that holds the event, simulated next
      if (!next) { showError("clock", t("no_next_event")); return; }
      clock("api/run-until", { week: next.week + 1 });
    });
    $("until-date-go").addEventListener("click", () => {
      const date = $("until-date").value;
      if (!date) return;
      const days = (Date.parse(date + "T00:00:00Z") - Date.parse(state.scenario.start + "T00:00:00Z")) / 86400000;
      clock("api/run-until", { week: Math.floor(days / 7) + 1 });
    });
    $("reset").addEventListener("click", () => { if (confirmReplace(t("confirm_reset"))) clock("api/reset"); });
    $("speed").addEventListener("change", () => clock("api/speed", { weeks_per_second: Number($("speed").value) }));
    $("load").addEventListener("click", () => {
      if (confirmReplace(tf("confirm_load", { scenario: $("scenario-file").value }))) clock("api/scenario", { file: $("scenario-file").value });
    });
    $("fork").addEventListener("click", () => clock("api/fork"));
    $("unfork").addEventListener("click", async () => {
      if (!confirmReplace(t("confirm_unfork"))) return;
      clearErrors();
      await api("DELETE", "api/fork");
    });
    $("initiatives").addEventListener("click", (e) => {
      const card = e.target.closest("[data-initiative]");
      if (card) { state.selected = Number(card.dataset.initiative); render(); }
    });
    setUpLeverForm();
  }

  // For the browser tests and the curious: the page's state and its charts.
  window.wijksim = { state, charts, seriesLength: (id, i) => { const c = charts[id]; return c ? c.getOption().series[i || 0].data.length : 0; } };

  wire();
  if (/(^#|&)present\b/.test(location.hash)) togglePresentation(); // a projector window opened at .../#present
  translate();
  whoAmI();
  connect();
})();
