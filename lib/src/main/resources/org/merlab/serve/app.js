// merlab serve's page. The server predicts (POST /v1/models/{name}/predict for audio models, emotion or
// valence-arousal, .../predict-text for text models); the browser only decodes the file for its waveform and draws
// both charts on canvases. <body data-state> says where it is: loading, ready, predicting, done or error (the
// browser test waits on it).
"use strict";

const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac"];
const VA = "valence-arousal";
const $ = (id) => document.getElementById(id);
let models = [];

function setState(state, message, isError) {
  document.body.dataset.state = state;
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

function colorOf(i) {
  return COLORS[i % COLORS.length];
}

function percent(p) {
  return (100 * p).toFixed(1) + "%";
}

// What the card says a user must know: the training data, the held-out score beside the majority class, the limits.
function showCard(model) {
  const card = model.card;
  const el = $("card");
  el.replaceChildren();
  const about = document.createElement("p");
  const size = model.input === "text" ? `${card.tracks} texts`
    : model.kind === VA ? `${card.tracks} pieces, ${card.segments} annotated steps`
      : `${card.tracks} tracks, ${card.segments} segments`;
  about.textContent = `${card.model}, trained on ${card.dataset} (${size}) to predict ${card.task}.`
    + ` Input: ${model.recipe.description}.`;
  el.append(about);
  for (const evaluation of card.evaluations) {
    const rows = evaluation.rows.filter((r) => r.level === "track" || r.level === "text");
    if (rows.length === 0) {
      continue;
    }
    const p = document.createElement("p");
    p.textContent = `${evaluation.name}: ` + rows.map((r) => `${r.model} accuracy ${percent(r.values.accuracy)}`)
      .join(", ");
    el.append(p);
  }
  if (card.limits.length > 0) {
    const limits = document.createElement("ul");
    limits.className = "limits";
    for (const limit of card.limits) {
      const li = document.createElement("li");
      li.textContent = limit;
      limits.append(li);
    }
    el.append(limits);
  }
}

function selectedModel() {
  return models.find((m) => m.name === $("model").value);
}

// Min and max of the samples under each pixel column, mirrored around the middle line.
function drawWaveform(samples) {
  const canvas = $("waveform");
  const ctx = canvas.getContext("2d");
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = "#3070c0";
  const perPixel = Math.max(1, Math.floor(samples.length / width));
  for (let x = 0; x < width; x++) {
    let lo = 0;
    let hi = 0;
    const from = x * perPixel;
    for (let i = from; i < Math.min(samples.length, from + perPixel); i++) {
      lo = Math.min(lo, samples[i]);
      hi = Math.max(hi, samples[i]);
    }
    const top = (1 - hi) * height / 2;
    ctx.fillRect(x, top, 1, Math.max(1, (hi - lo) * height / 2));
  }
}

function mono(buffer) {
  const out = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < out.length; i++) {
      out[i] += channel[i] / buffer.numberOfChannels;
    }
  }
  return out;
}

async function waveformOf(file) {
  const context = new OfflineAudioContext(1, 1, 44100);
  try {
    drawWaveform(mono(await context.decodeAudioData(await file.arrayBuffer())));
  } catch (e) {
    const canvas = $("waveform");
    const ctx = canvas.getContext("2d");
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = "#666";
    ctx.fillText("This browser cannot decode the file for a waveform; the timeline below comes from the server.",
      10, 20);
  }
}

// The cleared timeline canvas: its plot's height above the time axis, and x(t), seconds to pixels over the track.
function timelineArea(trackSeconds) {
  const canvas = $("timeline");
  const ctx = canvas.getContext("2d");
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  const seconds = Math.max(trackSeconds, 1e-6);
  return { canvas, ctx, width, plot: height - 18, seconds, x: (t) => t / seconds * width };
}

// One stacked bar per segment: each label's probability in its colour, from the segment's start to the next
// segment's start (segments may overlap when the hop is shorter than the segment), over the track's length.
function drawTimeline(result) {
  const { canvas, ctx, width, plot, seconds, x } = timelineArea(result.seconds);
  result.segments.forEach((segment, i) => {
    const next = i + 1 < result.segments.length ? result.segments[i + 1].start : segment.end;
    const left = x(segment.start);
    const right = x(Math.max(next, segment.start));
    let y = plot;
    result.labels.forEach((label, c) => {
      const h = segment.probabilities[label] * plot;
      ctx.fillStyle = colorOf(c);
      ctx.fillRect(left, y - h, Math.max(1, right - left), h);
      y -= h;
    });
  });
  drawTimeAxis(ctx, x, seconds, plot);
  canvas.dataset.segments = String(result.segments.length);
}

// Ticks and labels in seconds under a plot of height `plot`, about ten over the track.
function drawTimeAxis(ctx, x, seconds, plot) {
  const { width, height } = ctx.canvas;
  ctx.fillStyle = "#222";
  ctx.font = "11px sans-serif";
  const step = Math.max(1, Math.ceil(seconds / 10));
  for (let t = 0; t <= seconds; t += step) {
    ctx.fillRect(x(t), plot, 1, 4);
    ctx.fillText(`${t} s`, Math.min(x(t) + 2, width - 30), height - 3);
  }
}

// One line per target (valence, arousal) through the middle of each step, on a value axis spanning the predictions
// and zero, with the zero line drawn: the values are on the training annotations' scale, which the card names.
function drawCurves(result) {
  const { canvas, ctx, width, plot, seconds, x } = timelineArea(result.seconds);
  const values = result.steps.flatMap((s) => result.labels.map((label) => s.values[label]));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const pad = Math.max(1e-6, (hi - lo) * 0.08);
  const y = (v) => plot - (v - lo + pad) / (hi - lo + 2 * pad) * plot;
  ctx.fillStyle = "#bbb";
  ctx.fillRect(0, y(0), width, 1);
  ctx.lineWidth = 2;
  result.labels.forEach((label, c) => {
    ctx.strokeStyle = colorOf(c);
    ctx.beginPath();
    result.steps.forEach((s, i) => {
      const px = x((s.start + s.end) / 2);
      const py = y(s.values[label]);
      if (i === 0) {
        ctx.moveTo(px, py);
      } else {
        ctx.lineTo(px, py);
      }
    });
    ctx.stroke();
  });
  ctx.fillStyle = "#222";
  ctx.font = "11px sans-serif";
  ctx.fillText(hi.toFixed(2), 2, 11);
  ctx.fillText(lo.toFixed(2), 2, plot - 3);
  drawTimeAxis(ctx, x, seconds, plot);
  canvas.dataset.steps = String(result.steps.length);
}

function fixed(v) {
  return v.toFixed(3);
}

// A swatch in each label's colour, then the text `textOf(label)` gives.
function showLegend(labels, textOf) {
  const legend = $("legend");
  legend.replaceChildren();
  labels.forEach((label, c) => {
    const li = document.createElement("li");
    li.className = "label";
    li.dataset.label = label;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colorOf(c);
    li.append(swatch, textOf(label));
    legend.append(li);
  });
}

// A table with a header row and one row of cells per entry of `rows`.
function tableOf(id, headers, rows) {
  const table = document.createElement("table");
  table.id = id;
  const header = table.insertRow();
  headers.forEach((h) => {
    const th = document.createElement("th");
    th.textContent = h;
    header.append(th);
  });
  rows.forEach((cells) => {
    const row = table.insertRow();
    cells.forEach((v) => {
      row.insertCell().textContent = v;
    });
  });
  return table;
}

function showSteps(result) {
  showLegend(result.labels, (label) => label);
  const summary = $("summary");
  summary.replaceChildren();
  const mean = document.createElement("p");
  mean.append("Mean over the track: ");
  const strong = document.createElement("strong");
  strong.id = "va-mean";
  strong.textContent = result.labels.map((label) => `${label} ${fixed(result.summary[label])}`).join(", ");
  mean.append(strong, ` (over ${result.steps.length} steps of ${result.seconds.toFixed(1)} s of audio)`);
  summary.append(mean);
  showWarnings(summary, result.warnings);
  summary.append(tableOf("steps", ["step", "from", "to", ...result.labels], result.steps.map((s, i) =>
    [String(i), `${s.start.toFixed(1)} s`, `${s.end.toFixed(1)} s`, ...result.labels.map((l) => fixed(s.values[l]))])));
}

function showWarnings(summary, warnings) {
  for (const warning of warnings) {
    const p = document.createElement("p");
    p.className = "warning";
    p.textContent = "Note: " + warning;
    summary.append(p);
  }
}

function showSummary(result) {
  showLegend(result.labels, (label) => `${label} ${percent(result.summary.probabilities[label])}`);
  const summary = $("summary");
  summary.replaceChildren();
  const top = document.createElement("p");
  top.append("Most of the track: ");
  const strong = document.createElement("strong");
  strong.id = "top";
  strong.textContent = result.summary.top;
  top.append(strong, ` (mean over ${result.segments.length} segments of ${result.seconds.toFixed(1)} s of audio)`);
  summary.append(top);
  showWarnings(summary, result.warnings);
  summary.append(tableOf("segments", ["segment", "from", "to", "top label"], result.segments.map((s, i) =>
    [String(i), `${s.start.toFixed(1)} s`, `${s.end.toFixed(1)} s`, s.top])));
}

async function predict(file) {
  const model = selectedModel();
  if (!model || model.input !== "audio") {
    return;
  }
  $("file-name").textContent = `(${file.name})`;
  setState("predicting", `Predicting ${file.name} with ${model.name}…`);
  waveformOf(file);
  const form = new FormData();
  form.append("file", file, file.name);
  try {
    const response = await fetch(`v1/models/${encodeURIComponent(model.name)}/predict`, { method: "POST", body: form });
    const body = await response.json();
    if (!response.ok) {
      setState("error", `${file.name}: ${body.message} (HTTP ${body.status})`, true);
      return;
    }
    const parts = body.kind === VA ? `${body.steps.length} steps` : `${body.segments.length} segments`;
    if (body.kind === VA) {
      drawCurves(body);
      showSteps(body);
    } else {
      drawTimeline(body);
      showSummary(body);
    }
    setState("done", `${body.file}: ${parts} in `
      + `${(body.timings.decodeSeconds + body.timings.featureSeconds + body.timings.networkSeconds).toFixed(2)} s.`);
  } catch (e) {
    setState("error", `${file.name}: the server did not answer (${e.message})`, true);
  }
}

// Each label's probability as a bar, the top one named in #text-top.
function showText(body) {
  const list = $("text-result");
  list.replaceChildren();
  const result = body.texts[0];
  body.labels.forEach((label, c) => {
    const li = document.createElement("li");
    li.className = "label";
    li.dataset.label = label;
    const bar = document.createElement("span");
    bar.className = "bar";
    bar.style.background = colorOf(c);
    bar.style.width = `${Math.max(1, 300 * result.probabilities[label])}px`;
    li.append(bar, `${label} ${percent(result.probabilities[label])}`);
    list.append(li);
  });
  const top = document.createElement("li");
  top.append("Top: ");
  const strong = document.createElement("strong");
  strong.id = "text-top";
  strong.textContent = result.top;
  top.append(strong);
  list.append(top);
}

async function predictText() {
  const model = selectedModel();
  if (!model || model.input !== "text") {
    return;
  }
  const text = $("text").value;
  setState("predicting", `Predicting the text with ${model.name}…`);
  try {
    const response = await fetch(`v1/models/${encodeURIComponent(model.name)}/predict-text`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
    const body = await response.json();
    if (!response.ok) {
      $("text-result").replaceChildren();
      setState("error", `${body.message} (HTTP ${body.status})`, true);
      return;
    }
    showText(body);
    setState("done", `The text reads as ${body.texts[0].top}.`);
  } catch (e) {
    setState("error", `the server did not answer (${e.message})`, true);
  }
}

// A text model gets the text box, an audio model the drop zone and charts.
function choose(model) {
  showCard(model);
  $("timeline-title").textContent = model.kind === VA ? "Valence and arousal over time" : "Emotion timeline";
  $("text-input").hidden = model.input !== "text";
  $("audio-input").hidden = model.input !== "audio";
}

async function loadModels() {
  try {
    const response = await fetch("v1/models");
    models = (await response.json()).models.filter((m) => m.input === "audio" || m.input === "text");
  } catch (e) {
    setState("error", `Cannot list the models (${e.message})`, true);
    return;
  }
  for (const m of models) {
    const option = document.createElement("option");
    option.value = m.name;
    option.textContent = `${m.name} (${m.input}, ${m.kind === VA ? m.labels.join(" and ") : `${m.labels.length} labels`})`;
    $("model").append(option);
  }
  if (models.length === 0) {
    setState("error", "This server has no model.", true);
    return;
  }
  choose(models[0]);
  setState("ready", "Ready: drop a file or type a text.");
}

$("model").addEventListener("change", () => choose(selectedModel()));
$("predict-text").addEventListener("click", predictText);
$("file").addEventListener("change", (e) => {
  if (e.target.files.length > 0) {
    predict(e.target.files[0]);
  }
});
const drop = $("drop");
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  if (e.dataTransfer.files.length > 0) {
    predict(e.dataTransfer.files[0]);
  }
});
loadModels();
