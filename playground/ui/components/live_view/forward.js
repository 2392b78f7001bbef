// The training studio's network, evaluated in the browser: the same forward pass as
// playground/training/model.py (features -> hidden layers -> output, batch norm in eval
// mode, dropout off), the same grid as playground/training/snapshot.py (row 0 = largest
// x2) and the same colours as playground/training/figures/colors.py.
//
// Why in the browser: the model is a few hundred numbers, a 100x100 forward pass takes
// about a millisecond here, so the browser can redraw every animation frame while the
// server only sends weights (TensorFlow Playground draws the same way). Plain function
// declarations, no modules: the live view concatenates this file, and the browser test
// (tests/e2e/test_live_view_forward.py) loads it alone to compare with PyTorch.

const LIVE_FEATURES = {
  x1: (a, b) => a,
  x2: (a, b) => b,
  x1sq: (a, b) => a * a,
  x2sq: (a, b) => b * b,
  x1x2: (a, b) => a * b,
  sin_x1: (a, b) => Math.sin(a),
  sin_x2: (a, b) => Math.sin(b),
};

// erf to ~1e-7 (Numerical Recipes' erfc by Chebyshev fit): GELU is x * Phi(x) exactly in torch.
function liveErf(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
    t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - r : r - 1;
}

const LIVE_ACTIVATIONS = {
  relu: (v) => (v > 0 ? v : 0),
  leaky_relu: (v) => (v > 0 ? v : 0.01 * v),
  elu: (v) => (v > 0 ? v : Math.expm1(v)),
  gelu: (v) => 0.5 * v * (1 + liveErf(v / Math.SQRT2)),
  silu: (v) => v / (1 + Math.exp(-v)),
  tanh: (v) => Math.tanh(v),
  sigmoid: (v) => 1 / (1 + Math.exp(-v)),
  linear: (v) => v,
};

// A little-endian float32 array sent as base64 (4 bytes a number instead of ~18 in JSON).
function liveFloats(b64) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new Float32Array(bytes.buffer);
}

// The model as the server describes it -> layers ready to evaluate.
function liveModel(model) {
  const layers = model.layers.map((layer) => ({
    nIn: layer.n_in,
    nOut: layer.n_out,
    w: liveFloats(layer.w), // [n_out, n_in], row-major, as torch stores nn.Linear.weight
    b: liveFloats(layer.b),
    act: LIVE_ACTIVATIONS[layer.act] || LIVE_ACTIVATIONS.linear,
    bn: layer.bn
      ? {
          mean: liveFloats(layer.bn.mean),
          scale: (() => {
            const v = liveFloats(layer.bn.var);
            const g = liveFloats(layer.bn.gamma);
            return g.map((gamma, i) => gamma / Math.sqrt(v[i] + layer.bn.eps));
          })(),
          beta: liveFloats(layer.bn.beta),
        }
      : null,
  }));
  return { features: model.features.map((name) => LIVE_FEATURES[name]), layers, task: model.task };
}

// Grid coordinates exactly as torch.linspace(-extent, extent, side), row 0 at the top.
function liveAxis(extent, side) {
  const axis = new Float64Array(side);
  for (let i = 0; i < side; i++) axis[i] = side === 1 ? -extent : -extent + (2 * extent * i) / (side - 1);
  return axis;
}

// Every layer's outputs on a side x side grid: outputs[0] = features, outputs[k] = layer k.
// Each is a Float64Array [units * side * side], unit-major.
function liveForward(net, extent, side) {
  const axis = liveAxis(extent, side);
  const n = side * side;
  let input = new Float64Array(net.features.length * n);
  for (let r = 0; r < side; r++) {
    const x2 = axis[side - 1 - r];
    for (let c = 0; c < side; c++) {
      const p = r * side + c;
      net.features.forEach((feature, f) => (input[f * n + p] = feature(axis[c], x2)));
    }
  }
  const outputs = [input];
  net.layers.forEach((layer, index) => {
    const last = index === net.layers.length - 1;
    const out = new Float64Array(layer.nOut * n);
    for (let o = 0; o < layer.nOut; o++) {
      const row = o * layer.nIn;
      for (let p = 0; p < n; p++) {
        let sum = layer.b[o];
        for (let i = 0; i < layer.nIn; i++) sum += layer.w[row + i] * input[i * n + p];
        if (layer.bn) sum = (sum - layer.bn.mean[o]) * layer.bn.scale[o] + layer.bn.beta[o];
        out[o * n + p] = last ? sum : layer.act(sum);
      }
    }
    outputs.push(out);
    input = out;
  });
  return outputs;
}

// Output units -> class probabilities [n, C] (softmax) or values [n] (regression).
function liveOutput(net, outputs, n) {
  const logits = outputs[outputs.length - 1];
  const classes = logits.length / n;
  if (net.task !== "classification") return { values: logits.subarray(0, n), classes: 1 };
  const probs = new Float64Array(n * classes);
  for (let p = 0; p < n; p++) {
    let top = -Infinity;
    for (let k = 0; k < classes; k++) top = Math.max(top, logits[k * n + p]);
    let total = 0;
    for (let k = 0; k < classes; k++) total += (probs[p * classes + k] = Math.exp(logits[k * n + p] - top));
    for (let k = 0; k < classes; k++) probs[p * classes + k] /= total;
  }
  return { probs, classes };
}

const LIVE_ORANGE = [245, 147, 34];
const LIVE_BLUE = [8, 119, 189];
const LIVE_CLASS_COLOURS = [LIVE_ORANGE, LIVE_BLUE, [0, 158, 115], [204, 121, 167], [86, 180, 233],
  [230, 159, 0], [120, 94, 240], [100, 100, 100]];

// colors.diverging: -1 orange, 0 white, +1 blue (uint8 truncation, as NumPy's astype does).
function liveDiverging(v, out, at) {
  const x = Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  const end = x < 0 ? LIVE_ORANGE : LIVE_BLUE;
  const s = Math.abs(x);
  for (let k = 0; k < 3; k++) out[at + k] = Math.trunc(255 + (end[k] - 255) * s);
  out[at + 3] = 255;
}

// colors.class_mix: two classes as diverging(2 p1 - 1); more as mixed colours, paler where unsure.
function liveClassColour(probs, p, classes, out, at) {
  if (classes === 2) return liveDiverging(probs[p * 2 + 1] * 2 - 1, out, at);
  let top = 0;
  const mixed = [0, 0, 0];
  for (let k = 0; k < classes; k++) {
    const q = probs[p * classes + k];
    top = Math.max(top, q);
    for (let c = 0; c < 3; c++) mixed[c] += q * LIVE_CLASS_COLOURS[k][c];
  }
  const confidence = Math.max(0, Math.min(1, (top - 1 / classes) / (1 - 1 / classes)));
  for (let c = 0; c < 3; c++) out[at + c] = Math.trunc(255 + (mixed[c] - 255) * confidence);
  out[at + 3] = 255;
}

// The output as RGBA pixels (side x side), for a canvas ImageData.
function liveBoundaryPixels(net, outputs, side) {
  const n = side * side;
  const result = liveOutput(net, outputs, n);
  const pixels = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    if (result.probs) liveClassColour(result.probs, p, result.classes, pixels, p * 4);
    else liveDiverging(result.values[p], pixels, p * 4);
  }
  return { pixels, result };
}

// The predicted class of every grid point (the browser test compares these with PyTorch's).
function livePredictedClasses(model, extent, side) {
  const net = liveModel(model);
  const outputs = liveForward(net, extent, side);
  const n = side * side;
  const result = liveOutput(net, outputs, n);
  const classes = new Array(n);
  for (let p = 0; p < n; p++) {
    if (!result.probs) {
      classes[p] = result.values[p];
      continue;
    }
    let best = 0;
    for (let k = 1; k < result.classes; k++) if (result.probs[p * result.classes + k] > result.probs[p * result.classes + best]) best = k;
    classes[p] = best;
  }
  return classes;
}
