// The training studio's live view, drawn in the browser (st.components.v2, no build step).
//
// The server sends the model (weights, biases, batch-norm statistics), counters and new
// history rows; this draws the decision boundary, every neuron's map, the weight-coloured
// links, the curves, the confusion matrix and the norms itself, every animation frame.
// Between two updates the weights are blended from the previous to the newest state, so
// the picture moves smoothly at the browser's frame rate whatever the update rate is.
//
// Updates come from the app server's own route (/_live/<token>, see live_http.py): one
// request at a time, the next one only after the answer and the interval it names have
// passed, so a busy server slows the updates down instead of cutting them short.
// forward.js (evaluated before this file) holds the forward pass and the colours.

const LIVE_STATE = Symbol("playgroundLiveView");
const BOUNDARY_SIDE = 100; // the engine's grid (snapshot.BOUNDARY_SIDE)
const NEURON_SIDE = 24; // each neuron's map (snapshot.NEURON_SIDE)
const MAX_DRAWN = 8; // neurons drawn per layer (snapshot.MAX_DRAWN_NEURONS)
const FRAME_BUDGET = 4e6; // multiply-adds per frame before the boundary drops to a coarser grid
const MAX_ROWS = 4000;
const LOST_ASKS = 5; // reruns asked for when the feed is unknown to the server (a reconnect to another replica) // history rows kept; older ones are thinned two to one

function liveEl(tag, cls, parent, text) {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  if (text !== undefined) el.textContent = text;
  if (parent) parent.appendChild(el);
  return el;
}

function liveFmt(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return Math.abs(value) >= 0.01 ? value.toFixed(4) : value.toExponential(2);
}

function liveFill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in values ? values[name] : `{${name}}`));
}

// Blend two described models (same structure) at t in [0, 1]: the weights a frame shows.
function liveBlend(a, b, t) {
  if (!a || t >= 1) return b;
  return {
    task: b.task,
    features: b.features,
    layers: b.layers.map((layer, index) => {
      const old = a.layers[index];
      const mix = (x, y) => {
        const out = new Float32Array(y.length);
        for (let i = 0; i < y.length; i++) out[i] = x[i] + (y[i] - x[i]) * t;
        return out;
      };
      return { ...layer, w: mix(old.w, layer.w), b: mix(old.b, layer.b) };
    }),
  };
}

function liveSameShape(a, b) {
  return a && b && a.layers.length === b.layers.length && a.features.join() === b.features.join() &&
    a.layers.every((layer, i) => layer.nIn === b.layers[i].nIn && layer.nOut === b.layers[i].nOut);
}

class LiveView {
  constructor(root) {
    this.root = root;
    this.frames = [];
    this.updates = 0;
    this.history = null;
    this.prevNet = null;
    this.net = null;
    this.arrived = 0;
    this.interval = 100;
    this.polling = false;
    this.stopped = false;
    this.build();
    this.loop = this.loop.bind(this);
    this.raf = requestAnimationFrame(this.loop);
  }

  build() {
    const r = this.root;
    r.innerHTML = "";
    this.status = liveEl("div", "lv-status", r);
    this.counters = liveEl("div", "lv-counters", r);
    const row = liveEl("div", "lv-row", r);
    const left = liveEl("div", "lv-panel lv-net", row);
    this.netTitle = liveEl("div", "lv-title", left);
    this.netCanvas = liveEl("canvas", "lv-canvas", left);
    const right = liveEl("div", "lv-panel lv-out", row);
    this.outTitle = liveEl("div", "lv-title", right);
    this.outCanvas = liveEl("canvas", "lv-canvas lv-square", right);
    this.tip = liveEl("div", "lv-tip", right);
    this.outHelp = liveEl("div", "lv-caption", right);
    this.curveCanvas = liveEl("canvas", "lv-canvas lv-curves", r);
    const low = liveEl("div", "lv-row", r);
    this.confusion = liveEl("div", "lv-panel lv-confusion", low);
    this.norms = liveEl("div", "lv-panel lv-norms", low);
    this.footer = liveEl("div", "lv-caption lv-footer", r);
    this.boundary = document.createElement("canvas");
    this.boundary.width = this.boundary.height = BOUNDARY_SIDE;
    this.outCanvas.addEventListener("mousemove", (event) => this.hover(event));
    this.outCanvas.addEventListener("mouseleave", () => (this.tip.style.display = "none"));
  }

  // New data from Python (every script run that draws the view): texts, points, feed, running.
  configure(data) {
    const feedChanged = !this.data || this.data.feed !== data.feed;
    this.data = data;
    this.netTitle.textContent = data.texts.network;
    this.outTitle.textContent = data.texts.output;
    this.outHelp.textContent = data.texts.output_help;
    this.points = null;
    if (feedChanged) {
      this.history = null;
      this.prevNet = this.net = null;
      this.lostSent = 0;
    }
    if (data.snapshot) this.accept(data.snapshot, true);
    this.root.dataset.running = data.running ? "1" : "0";
    if (data.running && data.feed && !this.polling) this.poll();
  }

  accept(snap, immediate) {
    this.snapshot = snap;
    if (snap.model) {
      const net = liveModel(snap.model);
      this.prevNet = !immediate && liveSameShape(this.net, net) ? this.currentNet(performance.now()) : null;
      this.net = net;
      this.arrived = performance.now();
    }
    this.mergeHistory(snap.history);
    this.updates += 1;
    this.root.dataset.updates = String(this.updates);
    this.root.dataset.status = snap.status;
    this.drawStatic();
    const live = ["idle", "running", "paused"];
    if (this.data.running && !live.includes(snap.status) && this.data.onEnded) this.data.onEnded(snap.status);
  }

  mergeHistory(rows) {
    if (!rows || !rows.epoch) return;
    if (!this.history) this.history = Object.fromEntries(Object.keys(rows).map((k) => [k, []]));
    const last = this.history.epoch.length ? this.history.epoch[this.history.epoch.length - 1] : -Infinity;
    rows.epoch.forEach((epoch, i) => {
      if (epoch <= last) return;
      for (const key of Object.keys(this.history)) this.history[key].push(rows[key] ? rows[key][i] : null);
    });
    if (this.history.epoch.length > MAX_ROWS) {
      for (const key of Object.keys(this.history)) this.history[key] = this.history[key].filter((_, i) => i % 2 === 0 || i === this.history[key].length - 1);
    }
  }

  lastEpoch() {
    const epochs = this.history ? this.history.epoch : [];
    return epochs.length ? epochs[epochs.length - 1] : -1;
  }

  async poll() {
    this.polling = true;
    while (!this.stopped && this.data.running && this.data.feed) {
      const started = performance.now();
      try {
        const response = await fetch(`${this.data.feed}?after=${this.lastEpoch()}`, { cache: "no-store" });
        if (response.status === 404) {
          // The feed is unknown here: the trainer was released, or this page reconnected to another app
          // replica (or a restarted server) that never opened it. Streamlit does not rerun a page on a
          // reconnect, so ask for a run: the page then finds its run by the id in the URL, with a new feed.
          // The first ask may go out before the new connection is up and be lost: ask again, a few times.
          if (!this.data.onLost || this.lostSent >= LOST_ASKS) break;
          this.lostSent += 1;
          this.data.onLost();
          this.interval = 1000 * this.lostSent;
          await new Promise((resolve) => setTimeout(resolve, this.interval));
          continue;
        }
        const body = await response.json();
        this.interval = body.next_ms;
        this.busy = body.busy ? body.updates_per_s : null;
        if (body.snapshot) this.accept(body.snapshot, false);
      } catch (error) {
        this.interval = Math.min(2000, this.interval * 2); // a server restarting: back off, keep the picture
      }
      const wait = Math.max(0, this.interval - (performance.now() - started));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    this.polling = false;
  }

  currentNet(now) {
    if (!this.net) return null;
    if (!this.prevNet || !this.data.running) return this.net;
    return liveBlend(this.prevNet, this.net, Math.min(1, (now - this.arrived) / Math.max(50, this.interval)));
  }

  loop(now) {
    if (this.stopped) return;
    const net = this.currentNet(now);
    if (net && (this.data.running || net !== this.drawnNet)) {
      this.drawModel(net);
      this.drawnNet = net;
      this.frames.push(now);
    }
    while (this.frames.length && this.frames[0] < now - 1000) this.frames.shift();
    this.root.dataset.fps = String(this.frames.length);
    this.raf = requestAnimationFrame(this.loop);
  }

  drawModel(net) {
    const d = this.data;
    const macs = net.layers.reduce((total, layer) => total + layer.nIn * layer.nOut, 0);
    const side = macs * BOUNDARY_SIDE * BOUNDARY_SIDE > FRAME_BUDGET ? 50 : BOUNDARY_SIDE;
    const outputs = liveForward(net, d.extent, side);
    const { pixels, result } = liveBoundaryPixels(net, outputs, side);
    this.lastResult = { net, result, side };
    this.boundary.width = this.boundary.height = side;
    this.boundary.getContext("2d").putImageData(new ImageData(pixels, side, side), 0, 0);
    this.drawOutput();
    this.drawNetwork(net, liveForward(net, d.extent, NEURON_SIDE));
  }

  drawOutput() {
    const canvas = this.outCanvas;
    const size = Math.max(160, Math.min(420, canvas.clientWidth || 320));
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(size * ratio)) canvas.width = canvas.height = Math.round(size * ratio);
    const ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = true;
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 0.7; // the studio's paler background (boundary.BACKGROUND_STRENGTH)
    ctx.drawImage(this.boundary, 0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 1;
    const d = this.data;
    const radius = Math.max(2, canvas.width / 110);
    const dot = (points, outline) => {
      if (!points) return;
      for (let i = 0; i < points.x.length; i++) {
        const cx = ((points.x[i] + d.extent) / (2 * d.extent)) * canvas.width;
        const cy = ((d.extent - points.y[i]) / (2 * d.extent)) * canvas.height;
        ctx.beginPath();
        ctx.arc(cx, cy, radius + 1, 0, 2 * Math.PI);
        ctx.fillStyle = outline;
        ctx.fill();
        ctx.beginPath();
        ctx.arc(cx, cy, radius, 0, 2 * Math.PI);
        ctx.fillStyle = points.colour[i];
        ctx.fill();
      }
    };
    dot(d.train, "#ffffff");
    if (d.show_test) dot(d.test, "#111827");
  }

  drawNetwork(net, maps) {
    const canvas = this.netCanvas;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(240, canvas.clientWidth || 420);
    const columns = maps.length;
    const drawn = maps.map((units, c) => Math.min(MAX_DRAWN, units.length / (NEURON_SIDE * NEURON_SIDE)));
    const tallest = Math.max(...drawn);
    const gap = width / columns;
    const box = Math.min(44, gap * 0.42);
    const height = tallest * (box + 10) + 34;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const centre = (c, u) => [gap * c + gap / 2, 26 + (height - 30 - drawn[c] * (box + 10)) / 2 + u * (box + 10) + box / 2];
    // links first, under the neurons: colour = sign, width = |w| (as the studio's picture)
    net.layers.forEach((layer, index) => {
      if (index + 1 >= columns) return;
      for (let o = 0; o < drawn[index + 1]; o++) {
        for (let i = 0; i < drawn[index]; i++) {
          const w = layer.w[o * layer.nIn + i];
          const [x0, y0] = centre(index, i);
          const [x1, y1] = centre(index + 1, o);
          ctx.strokeStyle = w < 0 ? "rgba(245,147,34,0.75)" : "rgba(8,119,189,0.75)";
          ctx.lineWidth = Math.min(6, 0.4 + Math.abs(w) * 1.6);
          ctx.beginPath();
          ctx.moveTo(x0 + box / 2, y0);
          ctx.lineTo(x1 - box / 2, y1);
          ctx.stroke();
        }
      }
    });
    if (!this.tile) {
      this.tile = document.createElement("canvas");
      this.tile.width = this.tile.height = NEURON_SIDE;
    }
    const tile = this.tile;
    const tctx = tile.getContext("2d");
    const n = NEURON_SIDE * NEURON_SIDE;
    maps.forEach((units, c) => {
      const last = c === columns - 1;
      ctx.fillStyle = "#374151";
      ctx.font = "12px sans-serif";
      ctx.textAlign = "center";
      ctx.fillText(this.data.columns[c] || "", gap * c + gap / 2, 14);
      for (let u = 0; u < drawn[c]; u++) {
        const image = new Uint8ClampedArray(n * 4);
        if (last && this.lastResult) {
          tctx.drawImage(this.boundary, 0, 0, NEURON_SIDE, NEURON_SIDE);
        } else {
          let scale = 1e-6;
          for (let p = 0; p < n; p++) scale = Math.max(scale, Math.abs(units[u * n + p]));
          for (let p = 0; p < n; p++) liveDiverging(units[u * n + p] / scale, image, p * 4);
          tctx.putImageData(new ImageData(image, NEURON_SIDE, NEURON_SIDE), 0, 0);
        }
        const [x, y] = centre(c, u);
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(tile, x - box / 2, y - box / 2, box, box);
        ctx.strokeStyle = "#9ca3af";
        ctx.lineWidth = 1;
        ctx.strokeRect(x - box / 2, y - box / 2, box, box);
        if (last) break; // the output column is one picture: the boundary
        if (c === 0 && this.data.feature_labels[u]) {
          ctx.fillStyle = "#111827";
          ctx.textAlign = "right";
          ctx.fillText(this.data.feature_labels[u], x - box / 2 - 4, y + 4);
        }
      }
      const hidden = c > 0 && c < columns - 1 ? this.data.widths[c - 1] - drawn[c] : 0;
      if (hidden > 0) {
        ctx.fillStyle = "#6b7280";
        ctx.textAlign = "center";
        ctx.fillText(`+${hidden}`, gap * c + gap / 2, height - 4);
      }
    });
  }

  hover(event) {
    if (!this.lastResult) return;
    const rect = this.outCanvas.getBoundingClientRect();
    const d = this.data;
    const fx = (event.clientX - rect.left) / rect.width;
    const fy = (event.clientY - rect.top) / rect.height;
    const x1 = -d.extent + 2 * d.extent * fx;
    const x2 = d.extent - 2 * d.extent * fy;
    const { result, side } = this.lastResult;
    const p = Math.min(side - 1, Math.floor(fy * side)) * side + Math.min(side - 1, Math.floor(fx * side));
    let text = `(${x1.toFixed(2)}, ${x2.toFixed(2)})  `;
    if (result.probs) {
      const parts = [];
      for (let k = 0; k < result.classes; k++) parts.push(`${k}: ${(result.probs[p * result.classes + k] * 100).toFixed(1)}%`);
      text += parts.join("  ");
    } else {
      text += `ŷ = ${result.values[p].toFixed(3)}`;
    }
    this.tip.textContent = text;
    this.tip.style.display = "block";
  }

  drawStatic() {
    const s = this.snapshot;
    const T = this.data.texts;
    const last = (key) => (this.history && this.history[key] && this.history[key].length ? this.history[key][this.history[key].length - 1] : null);
    const items = [
      [T.epoch, s.epoch.toLocaleString()],
      [T.steps, s.step.toLocaleString()],
      [T.speed, s.steps_per_second === null ? "–" : Math.round(s.steps_per_second).toLocaleString()],
      [T.train_loss, liveFmt(last("train_loss"))],
      [T.test_loss, liveFmt(last("test_loss"))],
      s.task === "classification"
        ? [T.test_acc, last("test_acc") === null ? "–" : `${(last("test_acc") * 100).toFixed(last("test_acc") > 0.9995 ? 0 : 1)}%`]
        : [T.lr_now, s.lr === null ? "–" : s.lr.toPrecision(3)],
    ];
    this.counters.innerHTML = "";
    for (const [label, value] of items) {
      const box = liveEl("div", "lv-metric", this.counters);
      liveEl("div", "lv-metric-label", box, label);
      liveEl("div", "lv-metric-value", box, value);
    }
    this.status.textContent = this.busy ? liveFill(T.busy, { n: this.busy }) : "";
    this.status.style.display = this.busy ? "block" : "none";
    this.footer.textContent = liveFill(T.footer, { n: this.updates, params: s.n_params.toLocaleString() });
    this.drawCurves();
    this.drawConfusion(s.confusion);
    this.drawNorms(s.weight_norms, s.grad_norms);
  }

  drawCurves() {
    const canvas = this.curveCanvas;
    const T = this.data.texts;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(300, canvas.clientWidth || 700);
    const height = 220;
    if (canvas.width !== Math.round(width * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const h = this.history;
    if (!h || h.epoch.length < 1) return;
    const pad = { l: 64, r: 40, t: 22, b: 28 };
    const log = this.data.log_loss;
    const tf = (v) => (v === null || !Number.isFinite(v) ? null : log ? Math.log10(Math.max(v, 1e-12)) : v);
    const losses = [...h.train_loss, ...h.test_loss].map(tf).filter((v) => v !== null);
    if (!losses.length) return;
    const lo = Math.min(...losses), hi = Math.max(...losses) + 1e-12;
    const e0 = h.epoch[0], e1 = Math.max(h.epoch[h.epoch.length - 1], e0 + 1);
    const X = (e) => pad.l + ((e - e0) / (e1 - e0)) * (width - pad.l - pad.r);
    const Y = (v, a, b) => height - pad.b - ((v - a) / (b - a || 1)) * (height - pad.t - pad.b);
    ctx.strokeStyle = "#e5e7eb";
    ctx.strokeRect(pad.l, pad.t, width - pad.l - pad.r, height - pad.t - pad.b);
    const line = (values, colour, dash, a, b, f) => {
      ctx.strokeStyle = colour;
      ctx.setLineDash(dash);
      ctx.lineWidth = 2;
      ctx.beginPath();
      let started = false;
      values.forEach((raw, i) => {
        const v = f(raw);
        if (v === null) return;
        const [x, y] = [X(h.epoch[i]), Y(v, a, b)];
        started ? ctx.lineTo(x, y) : ctx.moveTo(x, y);
        started = true;
      });
      ctx.stroke();
      ctx.setLineDash([]);
    };
    (this.data.overlays || []).forEach((run, k) => {
      // earlier runs the student chose to compare: grey, under the live ones, on the same axes
      ctx.strokeStyle = ["#9ca3af", "#6b7280", "#d1d5db", "#4b5563"][k % 4];
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      let begun = false;
      run.epoch.forEach((epoch, i) => {
        const v = tf(run.test_loss[i]);
        if (v === null || epoch > e1) return;
        const [x, y] = [X(epoch), Y(Math.max(lo, Math.min(hi, v)), lo, hi)];
        begun ? ctx.lineTo(x, y) : ctx.moveTo(x, y);
        begun = true;
      });
      ctx.stroke();
    });
    line(h.train_loss, "#1f5fbf", [], lo, hi, tf);
    line(h.test_loss, "#f59322", [], lo, hi, tf);
    if (this.data.show_accuracy && h.test_acc) {
      line(h.test_acc, "#f59322", [5, 4], 0, 1, (v) => v);
      line(h.train_acc, "#1f5fbf", [5, 4], 0, 1, (v) => v);
    }
    // legend: a coloured segment before each name (solid: loss, dashed: accuracy)
    ctx.font = "12px sans-serif";
    ctx.textAlign = "left";
    let x = pad.l;
    const key = (label, colour, dash) => {
      ctx.strokeStyle = colour;
      ctx.setLineDash(dash);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(x, 10);
      ctx.lineTo(x + 18, 10);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#374151";
      ctx.fillText(label, x + 22, 14);
      x += 30 + ctx.measureText(label).width;
    };
    ctx.fillStyle = "#374151";
    ctx.fillText(`${T.loss}${log ? " (log)" : ""}:`, x, 14);
    x += 10 + ctx.measureText(`${T.loss}${log ? " (log)" : ""}:`).width;
    key(T.train, "#1f5fbf", []);
    key(T.test, "#f59322", []);
    if (this.data.show_accuracy) key(`${T.accuracy} (0–1)`, "#6b7280", [5, 4]);
    ctx.fillStyle = "#374151";
    ctx.textAlign = "right";
    ctx.fillText(liveFmt(log ? 10 ** hi : hi), pad.l - 4, pad.t + 10);
    ctx.fillText(liveFmt(log ? 10 ** lo : lo), pad.l - 4, height - pad.b);
    ctx.textAlign = "center";
    ctx.fillText(`${T.epoch} ${Math.round(e1)}`, width - pad.r, height - 8);
  }

  drawConfusion(matrix) {
    const T = this.data.texts;
    this.confusion.innerHTML = "";
    if (!matrix) return;
    liveEl("div", "lv-title", this.confusion, T.confusion);
    const table = liveEl("table", "lv-table", this.confusion);
    const head = liveEl("tr", "", table);
    liveEl("th", "", head, `${T.true_label} \\ ${T.predicted}`);
    matrix.forEach((_, k) => liveEl("th", "", head, String(k)));
    const top = Math.max(1, ...matrix.flat());
    matrix.forEach((row, k) => {
      const tr = liveEl("tr", "", table);
      liveEl("th", "", tr, String(k));
      row.forEach((count, j) => {
        const cell = liveEl("td", "", tr, String(count));
        const a = count / top;
        cell.style.background = k === j ? `rgba(8,119,189,${0.12 + 0.6 * a})` : `rgba(245,147,34,${0.6 * a})`;
      });
    });
  }

  drawNorms(weights, grads) {
    const T = this.data.texts;
    this.norms.innerHTML = "";
    if (!weights || !weights.length) return;
    liveEl("div", "lv-title", this.norms, T.norms);
    const top = Math.max(1e-12, ...weights.filter(Number.isFinite));
    const topG = Math.max(1e-12, ...grads.filter(Number.isFinite));
    weights.forEach((w, i) => {
      const row = liveEl("div", "lv-bar-row", this.norms);
      liveEl("span", "lv-bar-label", row, i === weights.length - 1 ? T.output_col : `${T.layer} ${i + 1}`);
      const bars = liveEl("span", "lv-bars", row);
      const wb = liveEl("span", "lv-bar lv-bar-w", bars);
      wb.style.width = `${(100 * (w || 0)) / top}%`;
      wb.title = `${T.weights}: ${liveFmt(w)}`;
      const gb = liveEl("span", "lv-bar lv-bar-g", bars);
      gb.style.width = `${(100 * (grads[i] || 0)) / topG}%`;
      gb.title = `${T.grads}: ${liveFmt(grads[i])}`;
    });
    liveEl("div", "lv-caption", this.norms, `${T.weights} ▬  ${T.grads} ▬`);
  }

  stop() {
    this.stopped = true;
    cancelAnimationFrame(this.raf);
  }
}

export default function (component) {
  const { parentElement, data, setTriggerValue } = component;
  let root = parentElement.querySelector(".lv-root");
  if (!root) root = liveEl("div", "lv-root", parentElement);
  let view = root[LIVE_STATE];
  if (!view || view.stopped) view = root[LIVE_STATE] = new LiveView(root);
  view.configure({
    ...data,
    onEnded: (status) => setTriggerValue("ended", status),
    onLost: () => setTriggerValue("lost", Date.now()),
  });
  return () => view.stop();
}
