// Test driver: plays compiled stories with the web runtime for tests/test_web_runtime.py (JSON lines in and out).
"use strict";
const path = require("path");
const readline = require("readline");
const WEB = process.env.FORKPATHS_WEB || path.join(__dirname, "..", "..", "engine", "forkpaths", "web");
const FP = require(path.join(WEB, "runtime.js"));
const Saves = require(path.join(WEB, "saves.js"));

const programs = new Map();

function viewJson(p, s) {
  const v = FP.view(p, s);
  return {
    scene: v.scene,
    ending: v.ending,
    paragraphs: v.paragraphs,
    line_tags: v.lineTags,
    choices: v.choices.map((c) => [c.id, c.text, c.available, c.reason, c.sticky, c.tags]),
  };
}

function step(p, s) {
  return { view: viewJson(p, s), save: Saves.toDict(p, s) };
}

function errorJson(e) {
  if (e instanceof FP.StoryRuntimeError) return { message: e.storyMessage, where: e.where, rendered: e.render() };
  throw e;
}

function play(p, seed, steps) {
  const trace = [];
  let s;
  try {
    s = FP.start(p, BigInt(seed));
  } catch (e) {
    return { trace, error: errorJson(e) };
  }
  trace.push(step(p, s));
  for (const want of steps) {
    if (s.ending !== null) break;
    const avail = FP.available(p, s);
    if (!avail.length) break;
    const id = typeof want === "string" ? want : avail[want % avail.length];
    try {
      s = FP.choose(p, s, id);
    } catch (e) {
      return { trace, error: errorJson(e) };
    }
    trace.push(step(p, s));
  }
  return { trace, error: null };
}

function restored(p, r) {
  return {
    state: r.state === null ? null : step(p, r.state),
    notes: r.notes, exact: r.exact, seed: r.seed, history: r.history, lost: r.lost,
  };
}

function handle(req) {
  switch (req.op) {
    case "load":
      programs.set(req.id, FP.load(req.story));
      return { ok: true };
    case "play":
      return play(programs.get(req.story), req.seed, req.steps);
    case "load_save": {
      const p = programs.get(req.story);
      try {
        return { result: restored(p, Saves.loads(p, req.text)) };
      } catch (e) {
        if (e instanceof Saves.SaveError) return { save_error: e.message };
        throw e;
      }
    }
    case "runs":
      return { runs: FP.styledRuns(req.text) , stripped: FP.stripMarkup(req.text), normalized: FP.normalize(req.text) };
  }
  throw new Error(`unknown op ${req.op}`);
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  let out;
  try {
    out = handle(JSON.parse(line));
  } catch (e) {
    out = { crash: String(e && e.stack || e) };
  }
  process.stdout.write(Saves.stringify(out) + "\n");
});
