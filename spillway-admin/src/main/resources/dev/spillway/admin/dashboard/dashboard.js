// Spillway dashboard: polls /api/status once a second and draws what it says.
// Counters in the status are totals since start; rates are differences between two polls.
"use strict";

(function () {
  const POLL_MS = 1000;
  const KEEP_POINTS = 300; // five minutes at one poll a second

  // One series per way an ID can end; admitted work of every reason is summed. A shed reason
  // the page does not name yet (a newer server) still counts, under "shed: other".
  const SHED_REASONS = [
    ["always", "#b3261e"], ["manual", "#7b1fa2"], ["overload", "#d84315"],
    ["total_cap", "#1f5fbf"], ["adaptive_limit", "#6a1b9a"], ["indexing_yield", "#00838f"],
    ["indexing_cap", "#5d4037"], ["back_fill_cap", "#ad1457"], ["rate", "#455a64"],
  ];
  const DECISION_SERIES = [
    { label: "admitted", stroke: "#1e7b34", pick: (d) => sum(d.admit) },
    { label: "would shed", stroke: "#c98a00", pick: (d) => sum(d.would_shed) },
  ].concat(SHED_REASONS.map(([reason, stroke]) => ({
    label: "shed: " + reason.replaceAll("_", " "), stroke: stroke,
    pick: (d) => d.shed[reason] || 0,
  })), [{
    label: "shed: other", stroke: "#9e9e9e",
    pick: (d) => sum(d.shed) - SHED_REASONS.reduce((a, [r]) => a + (d.shed[r] || 0), 0),
  }]);

  const $ = (id) => document.getElementById(id);
  let token = ""; // the admin token lives in this variable and the password field only
  let previous = null;
  const series = {
    decisions: [[]].concat(DECISION_SERIES.map(() => [])),
    latency: [[], [], []],
    cpu: [[], [], []],
  };
  const charts = {};

  function sum(byReason) {
    return Object.values(byReason).reduce((a, b) => a + b, 0);
  }

  function makeChart(id, labels, strokes, yLabel) {
    const el = $(id);
    const opts = {
      width: Math.max(el.clientWidth, 300),
      height: 220,
      legend: { live: false },
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(max, 1)] } },
      axes: [{}, { label: yLabel, size: 50 }],
      series: [{}].concat(labels.map((label, i) => ({
        label: label, stroke: strokes[i], width: 2, points: { show: false },
      }))),
    };
    return new uPlot(opts, [[]].concat(labels.map(() => [])), el);
  }

  function push(data, values) {
    values.forEach((v, i) => {
      data[i].push(v);
      if (data[i].length > KEEP_POINTS) {
        data[i].shift();
      }
    });
  }

  function text(id, value) {
    const el = $(id);
    if (el) {
      el.textContent = value;
    }
  }

  function fixed(value, digits) {
    return value === null || value === undefined ? "–" : value.toFixed(digits);
  }

  function render(s) {
    const now = Date.parse(s.time) / 1000;
    text("role", s.role);
    const mode = $("mode");
    mode.textContent = s.mode;
    mode.className = "mode-badge " + s.mode;
    text("status-time", "updated " + new Date(s.time).toLocaleTimeString());
    const override = $("override");
    if (s.override) {
      override.textContent = s.override.untilReset
        ? "Run-time override in force until reset"
        : "Run-time override in force until " + new Date(s.override.expiresAt).toLocaleString();
      override.className = "override active";
    } else {
      override.textContent = "Configured settings in force";
      override.className = "override";
    }
    text("overload", s.overload);
    renderSignals(s.signals);
    for (const key of ["backgroundCap", "indexingCap", "backFillCap", "rate", "burst",
                       "indexingYieldFraction"]) {
      text("limit-" + key, s.limits[key]);
      text("configured-" + key, s.configured[key]);
    }
    text("admitted-total", s.admitted.total);
    text("admitted-indexing", s.admitted.indexing);
    text("admitted-backFill", s.admitted.backFill);
    text("shed-total", s.decisionTotals.shed);
    text("would-shed-total", s.decisionTotals.would_shed);
    for (const [cls, count] of Object.entries(s.sessions)) {
      text("sessions-" + cls, count);
    }
    text("latency-p50", fixed(s.foregroundLatency.p50Ms, 2) + " ms");
    text("latency-p99", fixed(s.foregroundLatency.p99Ms, 2) + " ms");
    const cpuProcess = s.cpu.process === null ? null : s.cpu.process * 100;
    const cpuSystem = s.cpu.system === null ? null : s.cpu.system * 100;
    text("cpu-process", fixed(cpuProcess, 1) + " %");
    text("cpu-system", fixed(cpuSystem, 1) + " %");
    renderRecent(s.recentSheds);

    if (previous !== null && now > previous.at) {
      const dt = now - previous.at;
      push(series.decisions, [now].concat(DECISION_SERIES.map(
        (d) => Math.max(0, (d.pick(s.decisions) - d.pick(previous.decisions)) / dt))));
      charts.decisions.setData(series.decisions);
    }
    push(series.latency, [now, s.foregroundLatency.p50Ms, s.foregroundLatency.p99Ms]);
    charts.latency.setData(series.latency);
    push(series.cpu, [now, cpuProcess, cpuSystem]);
    charts.cpu.setData(series.cpu);
    previous = { at: now, decisions: s.decisions };
    $("control-apply").disabled = !s.changesEnabled;
    $("control-reset").disabled = !s.changesEnabled;
    if (!s.changesEnabled && !$("control-message").textContent) {
      setMessage("Changes are disabled: admin.token is not configured.", "error");
    }
  }

  // Durations come in seconds and are shown in ms; CPU and error rates are fractions.
  function signalValue(unit, value) {
    return unit === "seconds" ? fixed(value * 1000, 1) + " ms" : fixed(value * 100, 1) + " %";
  }

  function renderSignals(rows) {
    const body = $("signals").tBodies[0];
    body.replaceChildren(...rows.map((r) => {
      const tr = document.createElement("tr");
      tr.id = "signal-" + r.name;
      const cells = [r.name.replaceAll("-", " "), signalValue(r.unit, r.value),
                     r.target > 0 ? signalValue(r.unit, r.target) : "off", r.level];
      cells.forEach((value, i) => {
        const cell = document.createElement(i === 0 ? "th" : "td");
        cell.textContent = value;
        tr.appendChild(cell);
      });
      tr.className = "level-" + r.level;
      return tr;
    }));
  }

  function renderRecent(rows) {
    const body = $("recent-sheds").tBodies[0];
    body.replaceChildren(...rows.map((r) => {
      const tr = document.createElement("tr");
      const cells = [new Date(r.time).toLocaleTimeString(), r.clientAddress, r.clientName,
                     r.activity, r.reason.replaceAll("_", " ")];
      cells.forEach((value, i) => {
        const td = document.createElement("td");
        td.textContent = value; // client strings never become markup
        if (i === 4) {
          td.className = "reason";
        }
        tr.appendChild(td);
      });
      return tr;
    }));
    $("recent-empty").hidden = rows.length > 0;
  }

  function setMessage(message, kind) {
    const el = $("control-message");
    el.textContent = message;
    el.className = "message " + kind;
  }

  async function poll() {
    try {
      const response = await fetch("api/status", { cache: "no-store" });
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      render(await response.json());
    } catch (e) {
      text("status-time", "cannot reach the server: " + e.message);
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  async function send(method, body) {
    token = $("control-token").value.trim();
    if (!token) {
      setMessage("Enter the admin token first.", "error");
      return;
    }
    const response = await fetch("api/shedding", {
      method: method,
      headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json" },
      body: body === null ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (response.ok) {
      // The next poll shows the new settings; rendering here would skew the rate charts.
      setMessage(method === "DELETE" ? "Configured settings restored."
                                     : "Mode is now " + answer.mode + ".", "done");
    } else {
      setMessage(answer.error || ("HTTP " + response.status), "error");
    }
  }

  function setUp() {
    const width = (id) => Math.max($(id).clientWidth, 300);
    charts.decisions = makeChart("chart-decisions", DECISION_SERIES.map((d) => d.label),
      DECISION_SERIES.map((d) => d.stroke), "per second");
    charts.latency = makeChart("chart-latency", ["p50", "p99"], ["#1f5fbf", "#b3261e"], "ms");
    charts.cpu = makeChart("chart-cpu", ["process", "machine"], ["#1e7b34", "#5f6b7a"], "%");
    window.addEventListener("resize", () => {
      charts.decisions.setSize({ width: width("chart-decisions"), height: 220 });
      charts.latency.setSize({ width: width("chart-latency"), height: 220 });
      charts.cpu.setSize({ width: width("chart-cpu"), height: 220 });
    });
    $("control").addEventListener("submit", (event) => {
      event.preventDefault();
      const body = { mode: $("control-mode").value };
      const expires = $("control-expires").value.trim();
      if (expires) {
        body.expiresIn = expires;
      }
      send("POST", body).catch((e) => setMessage(e.message, "error"));
    });
    $("control-reset").addEventListener("click", () => {
      send("DELETE", null).catch((e) => setMessage(e.message, "error"));
    });
    poll();
  }

  setUp();
})();
