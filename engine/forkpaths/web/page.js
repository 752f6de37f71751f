// The reader's page: shows the web runtime's passages and choices, with undo, restart, saves and endings found.
(async function () {
  "use strict";
  const FP = window.ForkingPaths;
  const Saves = window.ForkingPathsSaves;
  const AUTOSAVE = "autosave";
  const RESTART_SLOT = "before-restart";
  const SLOT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
  const STUCK_LINE = "The story cannot go on from here: no choice is available.";

  const $ = (sel) => document.querySelector(sel);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // The compiled story, carried deflated and in base64 (a third of its size as JSON).
  async function storyData() {
    if (typeof DecompressionStream !== "function") {
      throw new Error("This story needs a newer browser (Chrome or Edge 80, Firefox 113, Safari 16.4 or later).");
    }
    const bin = atob($("#fp-story-data").textContent.trim());
    const bytes = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return JSON.parse(await new Response(stream).text());
  }

  let p;
  try {
    p = FP.load(await storyData());
  } catch (e) {
    $(".fp-story").appendChild(el("p", "fp-error", String(e.message || e)));
    return;
  }

  // The story's external functions the page's own script provides (`export --js`, docs/web.md).
  const hostErrors = [];
  const hosts = window.ForkingPathsHosts;
  if (hosts !== null && typeof hosts === "object") {
    for (const name of Object.keys(hosts)) {
      try {
        FP.bindExternal(p, name, hosts[name]);
      } catch (e) {
        hostErrors.push(`ForkingPathsHosts: ${e.message}.`);
      }
    }
  }

  // ------------------------------------------------------------ browser storage (may be missing or full)

  const prefix = "forkpaths:" + slug(p.title) + ":";
  const store = (function () {
    try {
      const s = window.localStorage;
      const probe = prefix + "probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  })();

  function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "story";
  }

  function put(key, text) {
    if (!store) return "this browser keeps no saves for this page";
    try {
      store.setItem(prefix + key, text);
      return null;
    } catch (e) {
      return "the browser's storage is full or refused";
    }
  }

  function take(key) {
    return store ? store.getItem(prefix + key) : null;
  }

  function drop(key) {
    if (store) store.removeItem(prefix + key);
  }

  function now() {
    const d = new Date();
    const two = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ` +
      `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  }

  // ------------------------------------------------------------ the session: a path of steps, for undo

  const steps = []; // {state, how: "start" | "choice" | "load", echo}
  const current = () => steps[steps.length - 1].state;

  function newSeed() {
    const m = /(?:^#|&)seed=(-?[0-9]+)/.exec(location.hash);
    if (m) return BigInt(m[1]);
    const a = new Uint32Array(1);
    window.crypto.getRandomValues(a);
    return BigInt(a[0]);
  }

  function afterMove() {
    const s = current();
    let why = null;
    if (s.turn > 0 || s.history.length) why = put("save:" + AUTOSAVE, Saves.dumps(p, s, AUTOSAVE, now()));
    else drop("save:" + AUTOSAVE);
    if (why && !afterMove.warned) {
      afterMove.warned = true;
      note(`Autosave failed: ${why}.`, "fp-error");
    }
    if (s.ending !== null) recordEnding(s.ending);
  }

  function endingsFound() {
    let found = [];
    try {
      const data = JSON.parse(take("endings") || "{}");
      if (Array.isArray(data.found)) found = data.found.filter((n) => typeof n === "string");
    } catch (e) {
      found = [];
    }
    return found.filter((n) => p.endings.includes(n));
  }

  function recordEnding(name) {
    const found = endingsFound();
    if (!found.includes(name)) {
      found.push(name);
      put("endings", JSON.stringify({ story: p.title, found }));
    }
  }

  function showEndingsCount() {
    const n = endingsFound().length;
    $(".fp-endings-found").textContent = p.endings.length
      ? `${n} of ${p.endings.length} ending${p.endings.length === 1 ? "" : "s"} found` : "";
  }

  // ------------------------------------------------------------ showing

  // The chapter and scene title, as the terminal's status line shows them (session.toolbar);
  // a part of a scene's weave shows its scene's.
  function showWhere() {
    const s = current();
    const here = p.scene(s.scene);
    const name = here && here.part_of ? here.part_of : s.scene;
    const sc = p.scene(name);
    const parts = sc ? [p.tag(name, "chapter"), sc.title] : [];
    $(".fp-where").textContent = parts.filter((x) => x).join(" \u00b7 ");
  }

  function styled(parent, text) {
    for (const [style, part] of FP.styledRuns(text)) {
      if (style === "bold") parent.appendChild(el("strong", null, part));
      else if (style === "italic") parent.appendChild(el("em", null, part));
      else parent.appendChild(document.createTextNode(part));
    }
    return parent;
  }

  function note(text, cls) {
    const box = $(".fp-notes");
    box.appendChild(el("p", "fp-note" + (cls ? " " + cls : ""), text));
  }

  function clearNotes() {
    $(".fp-notes").textContent = "";
  }

  // `#tags` as hooks for stylesheets and scripts: the class fp-tag-KEY and the attribute data-tag-KEY="value".
  function tagName(key) {
    return String(key).toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "tag";
  }

  function marked(node, tags) {
    for (const [k, v] of tags || []) {
      const n = tagName(k);
      node.classList.add("fp-tag-" + n);
      node.setAttribute("data-tag-" + n, v === null ? "" : v);
    }
    return node;
  }

  // The tags of the scene a state stands in (a weave part's are its scene's).
  function sceneTags(s) {
    const here = p.scene(s.scene);
    const sc = here && here.part_of ? p.scene(here.part_of) : here;
    return sc ? sc.tags : [];
  }

  function passage(step) {
    const sec = marked(el("section", "fp-passage"), sceneTags(step.state));
    if (step.echo) sec.appendChild(styled(el("p", "fp-echo"), step.echo));
    const lineTags = FP.view(p, step.state).lineTags || [];
    step.state.text.forEach((text, k) => sec.appendChild(marked(styled(el("p", "fp-para"), text), lineTags[k])));
    return sec;
  }

  // Tell the page's own scripts (`export --js`) what the reader now sees, tags included.
  function announce(how) {
    const s = current();
    const v = FP.view(p, s);
    const plain = (x) => x.map(([k, val]) => [k, val]);
    document.dispatchEvent(new CustomEvent("forkpaths:step", { detail: {
      how, scene: s.scene, sceneTags: plain(sceneTags(s)), ending: v.ending,
      paragraphs: v.paragraphs.slice(), lineTags: (v.lineTags || v.paragraphs.map(() => [])).map(plain),
      choices: v.choices.map((c) => ({ id: c.id, text: c.text, available: c.available, reason: c.reason,
        tags: plain(c.tags || []) })),
    } }));
  }

  // Everything since the last start or load, the newest passage marked new; focus on its first paragraph.
  // `how` the reader got here: "start", "choice", "undo", "load", "replay" or "resume".
  function render(fresh, how) {
    const story = $(".fp-story");
    let from = steps.length - 1;
    while (from > 0 && steps[from].how === "choice") from--;
    if (fresh) {
      story.textContent = "";
      for (let k = from; k < steps.length; k++) story.appendChild(passage(steps[k]));
    } else {
      story.appendChild(passage(steps[steps.length - 1]));
    }
    for (const old of story.querySelectorAll(".fp-new")) old.classList.remove("fp-new");
    const last = story.lastElementChild;
    if (last) last.classList.add("fp-new");
    showChoices();
    $(".fp-undo").disabled = steps.length <= 1;
    showEndingsCount();
    showWhere();
    const first = last && (last.querySelector(".fp-para") || last.querySelector(".fp-echo"));
    const target = first || $(".fp-choices-area").querySelector("button:not([disabled])");
    if (target) {
      if (!target.hasAttribute("tabindex") && target.tagName !== "BUTTON") target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      if (last && !fresh) last.scrollIntoView({ block: "start", behavior: "auto" });
    }
    announce(how);
  }

  function showChoices() {
    const area = $(".fp-choices-area");
    area.textContent = "";
    const s = current();
    const v = FP.view(p, s);
    if (v.ending !== null) {
      const box = el("div", "fp-ending");
      box.appendChild(el("p", "fp-ending-name", `THE END: ${v.ending}`));
      const n = endingsFound().length;
      box.appendChild(el("p", "fp-endings-count",
        `${n} of ${p.endings.length} ending${p.endings.length === 1 ? "" : "s"} found in this browser.`));
      const again = el("button", "fp-again", "Play again");
      again.type = "button";
      again.addEventListener("click", () => restart());
      box.appendChild(again);
      area.appendChild(box);
      return;
    }
    const list = el("ol", "fp-choices");
    v.choices.forEach((c, k) => {
      const li = el("li", "fp-choice-item");
      const b = marked(el("button", "fp-choice" + (c.available ? "" : " fp-unavailable")), c.tags);
      b.type = "button";
      b.dataset.id = c.id;
      b.appendChild(el("span", "fp-choice-number", `${k + 1}.`));
      b.appendChild(document.createTextNode(" "));
      styled(b.appendChild(el("span", "fp-choice-text")), c.text);
      if (!c.available) {
        b.disabled = true;
        b.appendChild(document.createTextNode(" "));
        b.appendChild(el("span", "fp-reason", c.reason ? `(unavailable: ${c.reason})` : "(unavailable)"));
      }
      b.addEventListener("click", () => choose(c));
      li.appendChild(b);
      list.appendChild(li);
    });
    area.appendChild(list);
    if (FP.isStuck(v)) area.appendChild(el("p", "fp-stuck", STUCK_LINE));
  }

  // ------------------------------------------------------------ moves

  // The chosen choice's words at the top of the passage it leads to, unless the story prints them
  // itself: a choice with words before its `[` prints them once taken (ink's choice text).
  function echoFor(c) {
    return c && !(c.lead && c.lead.trim()) ? c.text : null;
  }

  function choose(c) {
    clearNotes();
    let s;
    try {
      s = FP.choose(p, current(), c.id);
    } catch (e) {
      if (!(e instanceof FP.StoryRuntimeError)) throw e;
      note(e.render(), "fp-error");
      return;
    }
    steps.push({ state: s, how: "choice", echo: echoFor(c) });
    afterMove();
    render(false, "choice");
  }

  function begin(how, message) {
    let s;
    try {
      s = FP.start(p, newSeed());
    } catch (e) {
      if (!(e instanceof FP.StoryRuntimeError)) throw e;
      note(e.render(), "fp-error");
      return false;
    }
    steps.push({ state: s, how, echo: null });
    if (message) note(message);
    afterMove();
    render(true, how);
    return true;
  }

  function restart() {
    clearNotes();
    const left = steps.length ? current() : null;
    let kept = "";
    if (left && left.ending === null && left.turn > 0) {
      if (!put("save:" + RESTART_SLOT, Saves.dumps(p, left, RESTART_SLOT, now()))) {
        kept = ` The game you left is in the save slot \u201c${RESTART_SLOT}\u201d.`;
      }
      listSaves();
    }
    begin("start", "Starting again. (Undo takes you back.)" + kept);
  }

  function undo() {
    clearNotes();
    if (steps.length <= 1) {
      note("Nothing to undo: this is the start of the story.");
      return;
    }
    const gone = steps.pop();
    const what = { choice: "the last choice", start: "the restart", load: "the load" }[gone.how];
    afterMove();
    note(`Undone: ${what}.`);
    render(true, "undo");
  }

  function apply(got, how, source) {
    if (got.state === null) {
      const n = got.history.filter(([sc, id]) => FP.isFallback(p, sc, id) !== true).length;
      note(`The story has changed: ${got.lost}.`);
      const b = el("button", "fp-replay", `Replay your ${n} recorded choice${n === 1 ? "" : "s"} from the start`);
      b.type = "button";
      b.addEventListener("click", () => replayFrom(got));
      $(".fp-notes").appendChild(b);
      b.focus();
      return false;
    }
    if (!got.exact) note("The story has changed since this save; your place is kept.");
    for (const n of got.notes) note(n[0].toUpperCase() + n.slice(1) + ".");
    if (source) note(source);
    steps.push({ state: got.state, how, echo: null });
    afterMove();
    render(true, how);
    return true;
  }

  function replayFrom(got) {
    clearNotes();
    let r;
    try {
      r = FP.replay(p, got.seed, got.history);
    } catch (e) {
      if (!(e instanceof FP.StoryRuntimeError)) throw e;
      note(e.render(), "fp-error");
      return;
    }
    steps.push({ state: r.states[0], how: "start", echo: null });
    r.states.slice(1).forEach((s, k) => steps.push({ state: s, how: "choice", echo: echoOf(r.states[k], s) }));
    note(`Replayed ${r.replayed} of ${r.wanted} choice${r.wanted === 1 ? "" : "s"}.`);
    afterMove();
    render(true, "replay");
  }

  function echoOf(before, after) {
    const id = after.history[before.history.length] && after.history[before.history.length][1];
    return echoFor(before.offer.find((x) => x.id === id));
  }

  function loadSlot(slot) {
    clearNotes();
    const text = take("save:" + slot);
    if (text === null) {
      note(`There is no save in slot \u201c${slot}\u201d.`, "fp-error");
      return;
    }
    let got;
    try {
      got = Saves.loads(p, text, `the save \u201c${slot}\u201d`);
    } catch (e) {
      if (!(e instanceof Saves.SaveError)) throw e;
      note(`Not loaded: ${e.message}`, "fp-error");
      return;
    }
    apply(got, "load", `Loaded the save \u201c${slot}\u201d. (Undo takes you back.)`);
  }

  // Pick up where the reader left off; rebuild the path so undo can walk back along it.
  function resume() {
    const text = take("save:" + AUTOSAVE);
    if (text === null || /(?:^#|&)new\b/.test(location.hash)) return false;
    let got;
    try {
      got = Saves.loads(p, text, "your last place");
    } catch (e) {
      if (!(e instanceof Saves.SaveError)) throw e;
      note(`Your last place could not be read (${e.message}); starting afresh.`);
      return false;
    }
    if (got.state !== null && (got.state.ending !== null || got.state.turn === 0)) return false;
    if (got.state !== null) {
      try {
        const r = FP.replay(p, got.state.seed, got.state.history);
        const last = r.states[r.states.length - 1];
        if (r.replayed === r.wanted && Saves.dumps(p, last) === Saves.dumps(p, got.state)) {
          steps.push({ state: r.states[0], how: "start", echo: null });
          r.states.slice(1).forEach((s, k) => steps.push({ state: s, how: "choice", echo: echoOf(r.states[k], s) }));
          for (const n of got.notes) note(n[0].toUpperCase() + n.slice(1) + ".");
          note("Welcome back: you are where you left off. (Restart begins again.)");
          afterMove();
          render(true, "resume");
          return true;
        }
      } catch (e) {
        if (!(e instanceof FP.StoryRuntimeError)) throw e;
      }
    }
    if (!begin("start")) return true;
    if (got.state === null) {
      apply(got, "load");
      return true;
    }
    return apply(got, "load", "Welcome back: you are where you left off. (Restart begins again.)");
  }

  // ------------------------------------------------------------ the saves panel

  function listSaves() {
    const list = $(".fp-slots");
    list.textContent = "";
    if (!store) {
      list.appendChild(el("li", "fp-slot-problem", "This browser keeps no saves for this page."));
      return;
    }
    const rows = [];
    for (let k = 0; k < store.length; k++) {
      const key = store.key(k);
      if (!key || !key.startsWith(prefix + "save:")) continue;
      const slot = key.slice(prefix.length + 5);
      let info = { slot, when: "", where: "", problem: null };
      try {
        const data = Saves.parse(store.getItem(key));
        Saves.checkHeader(data, `the save \u201c${slot}\u201d`);
        const pos = data.position || {};
        const title = data.summary && data.summary.scene_title;
        info.when = typeof data.saved_at === "string" ? data.saved_at : "";
        info.where = pos.ending ? `THE END: ${pos.ending}` :
          `${title || pos.scene || "?"}, turn ${data.turn === undefined ? "?" : data.turn}`;
      } catch (e) {
        info.problem = String(e.message || e);
      }
      rows.push(info);
    }
    rows.sort((a, b) => (b.when + b.slot).localeCompare(a.when + a.slot));
    if (!rows.length) list.appendChild(el("li", "fp-slot-empty", "No saves yet."));
    for (const r of rows) {
      const li = el("li", "fp-slot-row");
      li.appendChild(el("span", "fp-slot-name", r.slot));
      li.appendChild(el("span", "fp-slot-info", r.problem ? r.problem : `${r.where}${r.when ? " \u00b7 " + r.when : ""}`));
      const load = el("button", "fp-slot-load", "Load");
      load.type = "button";
      load.setAttribute("aria-label", `Load ${r.slot}`);
      load.disabled = !!r.problem;
      load.addEventListener("click", () => loadSlot(r.slot));
      const del = el("button", "fp-slot-delete", "Delete");
      del.type = "button";
      del.setAttribute("aria-label", `Delete ${r.slot}`);
      del.addEventListener("click", () => { drop("save:" + r.slot); listSaves(); });
      li.appendChild(load);
      li.appendChild(del);
      list.appendChild(li);
    }
  }

  $(".fp-save-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearNotes();
    const slot = $(".fp-slot").value.trim() || "quick";
    if (!SLOT.test(slot) || slot.endsWith(".tmp")) {
      note(`\u201c${slot}\u201d is not a slot name: use letters, digits, -, _ and . (up to 64, starting with a ` +
        "letter or digit)", "fp-error");
      return;
    }
    const why = put("save:" + slot, Saves.dumps(p, current(), slot, now()));
    note(why ? `Not saved: ${why}.` : `Saved in slot \u201c${slot}\u201d.`, why ? "fp-error" : null);
    listSaves();
  });

  // ------------------------------------------------------------ controls

  document.addEventListener("click", (ev) => {
    const b = ev.target.closest("[data-action]");
    if (!b) return;
    const what = b.dataset.action;
    if (what === "undo") undo();
    else if (what === "restart") restart();
    else if (what === "saves") {
      const panel = $("#fp-saves");
      panel.hidden = !panel.hidden;
      b.setAttribute("aria-expanded", String(!panel.hidden));
      if (!panel.hidden) {
        listSaves();
        $(".fp-slot").focus();
      }
    }
  });

  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if (/^[0-9]$/.test(ev.key)) {
      const n = ev.key === "0" ? 10 : Number(ev.key);
      const b = document.querySelectorAll(".fp-choices .fp-choice")[n - 1];
      if (b && !b.disabled) {
        ev.preventDefault();
        b.click();
      }
    }
  });

  document.documentElement.dataset.fpReady = "false";
  if (!resume()) begin("start");
  for (const why of hostErrors) note(why, "fp-error");
  if (window.performance && performance.mark) performance.mark("fp-first-text");
  document.documentElement.dataset.fpReady = "true";
})();
