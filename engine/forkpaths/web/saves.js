// Web saves: a State as the terminal's save format (docs/saves.md) and back, with its migration across story edits.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("./runtime.js"));
  else root.ForkingPathsSaves = factory(root.ForkingPaths);
})(typeof self !== "undefined" ? self : this, function (FP) {
  "use strict";

  const FORMAT = "forkpaths-save";
  const VERSION = 4;
  const TEMPS_VERSION = 4; // the oldest reader of a save whose scenes hold temporaries
  const MIN_COMPATIBLE = 1;
  const TEXTS = 3; // the oldest reader of [choice, available, text, lead] offers (saves.py _TEXTS)
  const BREAKS = 3n; // from this version on, a blank line opening a choice body or an {if} branch is a statement
  const OLDEST_READABLE = 1;

  class SaveError extends Error {}
  class Damaged extends Error {}

  // ------------------------------------------------------------ JSON with 64-bit integers

  // JSON text of a value; BigInts are written as plain integers (JSON.stringify cannot).
  function stringify(v) {
    if (v === null || v === undefined) return "null";
    switch (typeof v) {
      case "bigint": return v.toString();
      case "number": return Number.isFinite(v) ? String(v) : "null";
      case "boolean": return v ? "true" : "false";
      case "string": return JSON.stringify(v);
    }
    if (Array.isArray(v)) return "[" + v.map(stringify).join(",") + "]";
    return "{" + Object.keys(v).map((k) => JSON.stringify(k) + ":" + stringify(v[k])).join(",") + "}";
  }

  // Parse JSON text; every integer becomes a BigInt (so 64-bit values survive), other numbers Numbers.
  function parse(text) {
    let i = 0;
    const n = text.length;
    const fail = (what) => { throw new SaveError(`not valid JSON at character ${i + 1}: ${what}`); };
    const ws = () => { while (i < n && " \t\n\r".includes(text[i])) i++; };
    function value(depth) {
      if (depth > 512) fail("nested too deeply");
      ws();
      const c = text[i];
      if (c === "{") {
        i++;
        const out = Object.create(null);
        ws();
        if (text[i] === "}") { i++; return out; }
        for (;;) {
          ws();
          if (text[i] !== '"') fail("a key was expected");
          const k = str();
          ws();
          if (text[i] !== ":") fail("`:` was expected");
          i++;
          out[k] = value(depth + 1);
          ws();
          if (text[i] === ",") { i++; continue; }
          if (text[i] === "}") { i++; return out; }
          fail("`,` or `}` was expected");
        }
      }
      if (c === "[") {
        i++;
        const out = [];
        ws();
        if (text[i] === "]") { i++; return out; }
        for (;;) {
          out.push(value(depth + 1));
          ws();
          if (text[i] === ",") { i++; continue; }
          if (text[i] === "]") { i++; return out; }
          fail("`,` or `]` was expected");
        }
      }
      if (c === '"') return str();
      if (text.startsWith("true", i)) { i += 4; return true; }
      if (text.startsWith("false", i)) { i += 5; return false; }
      if (text.startsWith("null", i)) { i += 4; return null; }
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
      if (!m || m[0] === "" || m[0] === "-") fail("a value was expected");
      i += m[0].length;
      return m[2] === undefined && m[3] === undefined ? BigInt(m[0]) : Number(m[0]);
    }
    function str() {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (j >= n) fail("the text ends inside a string");
      let s;
      try {
        s = JSON.parse(text.slice(i, j + 1));
      } catch (e) {
        fail("a bad string");
      }
      i = j + 1;
      return s;
    }
    const out = value(0);
    ws();
    if (i < n) fail("text after the end");
    return out;
  }

  // ------------------------------------------------------------ State -> save data

  function sortedEntries(map) {
    return Array.from(map.entries()).sort((a, b) => FP.cmpCodePoints(a[0], b[0]));
  }

  // A tunnel's way back in a save older than format 3, in today's blocks (saves.py _before_breaks):
  // a blank line opening a choice body or an {if} branch is a statement (a "break", first) now.
  function beforeBreaks(p, addr, j) {
    const opens = (ops) => (ops && ops.length && ops[0][0] === "break" ? 1 : 0);
    const top = p.locate([addr[0], addr[1]]);
    if (!top) return [addr, j];
    let ops = top.ops;
    let k = addr[1] !== null ? opens(ops) : 0;
    const out = [addr[0], addr[1]];
    for (let n = 2; n < addr.length; n++) {
      const i = addr[n][0] + k, bi = addr[n][1];
      const st = ops[i];
      if (!st || st[0] !== "if" || !st[1][bi]) return [addr, j];
      out.push([i, bi]);
      ops = st[1][bi][1];
      k = opens(ops);
    }
    return [out, j + k];
  }

  function fingerprint(p, addr) {
    const node = p.locate(addr);
    if (!node || node.fp === undefined) throw new Error(`no checksum for the block at ${JSON.stringify(addr)}`);
    return BigInt(node.fp);
  }

  function addrJson(addr) {
    return [addr[0], addr[1], addr.slice(2).map((x) => [BigInt(x[0]), BigInt(x[1])])];
  }

  // Everything a save holds, as plain data (saves.to_dict).
  function toDict(p, s, slot, savedAt) {
    const variables = {};
    p.variables.forEach((d, k) => { if (!d.const) variables[d.name] = s.vars[k]; });
    const sc = p.owner(s.scene);
    const obj = (entries) => {
      const o = {};
      for (const [k, v] of entries) o[k] = BigInt(v);
      return o;
    };
    const varies = new Set(sc ? sc.choices.filter((ch) => FP.varies(ch)).map((ch) => ch.id) : []);
    const offer = s.offer.map((c) => [c.id, c.available].concat(varies.has(c.id) ? [c.text, c.lead] : []));
    const temps = tempsJson(p, s.scene, s.temps);
    const tempStack = s.stack.map((frame, k) => tempsJson(p, frame[0][0][0], s.tempStack[k]));
    const anyTemps = Object.keys(temps).length > 0 || tempStack.some((t) => Object.keys(t).length > 0);
    const position = {
      scene: s.scene,
      ending: s.ending,
      stack: s.stack.map((frame) => frame.map(([a, j]) => [addrJson(a), BigInt(j), fingerprint(p, a)])),
      offer,
    };
    // only where there are temporaries (format 4), as saves.py writes them
    if (Object.keys(temps).length > 0) position.temps = temps;
    if (tempStack.some((t) => Object.keys(t).length > 0)) position.temp_stack = tempStack;
    const least = Math.max(offer.some((o) => o.length > 2) ? TEXTS : MIN_COMPATIBLE,
      anyTemps ? TEMPS_VERSION : MIN_COMPATIBLE);
    const out = {
      format: FORMAT,
      version: BigInt(VERSION),
      min_version: BigInt(least),
      story: { title: p.title, hash: p.digest, start: p.start },
      slot: slot === undefined ? null : slot,
      saved_at: savedAt === undefined ? null : savedAt,
      summary: {
        scene_title: sc ? sc.title : null,
        chapter: sc ? p.tag(s.scene, "chapter") : null,
      },
      seed: s.seed,
      rng: s.rng.toString(16).padStart(16, "0"),
      position,
      turn: BigInt(s.turn),
      variables,
      visits: obj(sortedEntries(s.visits)),
      seen: obj(sortedEntries(s.seen)),
      used: Array.from(s.used).sort(FP.cmpCodePoints),
      alternatives: obj(sortedEntries(s.alts)),
      history: s.history.map(([a, b]) => [a, b]),
      text: s.text.slice(),
    };
    if (s.lineTags.some((t) => t.length)) out.text_tags = s.lineTags.map((t) => t.map((x) => x.slice()));
    return out;
  }

  // A scene's temporaries by name (saves.py _temps_json).
  function tempsJson(p, scene, values) {
    const sc = p.scene(scene);
    const o = {};
    if (sc && sc.locals) sc.locals.forEach(([n], k) => { o[n] = values[k]; });
    return o;
  }

  // A saved value that fits its type as the runtime holds it (a set's list becomes the set; saves.py _restored).
  function restored(p, type, v) {
    return type.startsWith("set of ") ? p.makeSet(type.slice(7), v) : v;
  }

  // Does a saved value fit this type (an enumeration's: one of its values)? (saves.py _fits)
  function fits(p, type, v) {
    const e = p.fits(type, v);
    return e === null ? valueType(v) === type : e;
  }

  // Saved temporaries of a scene -> its slots (saves.py _temps_from).
  function tempsFrom(p, scene, raw, notes) {
    const sc = p.scene(scene);
    return (sc.locals || []).map(([n, t]) => {
      const v = raw !== null && raw !== undefined && has(raw, n) ? raw[n] : null;
      if (v === null || !fits(p, t, v)) {
        if (raw !== null && raw !== undefined) {
          notes.push(`temporary \`${n}\` of scene \`${scene}\` starts again at ${formatValue(p.zero(t))}`);
        }
        return p.zero(t);
      }
      return restored(p, t, v);
    });
  }

  function dumps(p, s, slot, savedAt) {
    return stringify(toDict(p, s, slot, savedAt));
  }

  // ------------------------------------------------------------ save data -> State

  const isInt = (v) => typeof v === "bigint";
  const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  function need(cond, what) {
    if (!cond) throw new Damaged(what);
  }

  function get(d, key, kind, what, optional) {
    if (!has(d, key)) {
      need(optional, `\`${key}\` is missing`);
      return null;
    }
    const v = d[key];
    if (optional && v === null) return null;
    const ok = { int: isInt, str: (x) => typeof x === "string", list: Array.isArray, dict: isObj,
      bool: (x) => typeof x === "boolean" }[kind](v);
    need(ok, `\`${key}\` should be ${what}`);
    return v;
  }

  function valueType(v) {
    if (typeof v === "boolean") return "bool";
    if (isInt(v)) return "int";
    if (typeof v === "string") return "string";
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return "set"; // of an enumeration's values
    return null;
  }

  function checkHeader(data, source) {
    if (!isObj(data) || data.format !== FORMAT) throw new SaveError(`${source} is not a forkpaths save`);
    const version = data.version;
    const least = has(data, "min_version") ? data.min_version : data.version;
    if (!isInt(version) || !isInt(least)) throw new SaveError(`${source} is damaged: its format version is missing`);
    if (least > BigInt(VERSION)) {
      throw new SaveError(`${source} was written by a newer forkpaths (save format ${version}); ` +
        `this one reads formats ${OLDEST_READABLE} to ${VERSION}: upgrade to load it`);
    }
    if (version < BigInt(OLDEST_READABLE)) {
      throw new SaveError(`${source} uses save format ${version}, too old for this forkpaths`);
    }
  }

  // Read save data against a story, migrating it if the story was edited since (saves.from_dict).
  // -> {state or null, notes, exact, seed, history, lost, slot, saved_at}
  function fromDict(p, data, source) {
    source = source || "this save";
    checkHeader(data, source);
    try {
      return restore(p, data);
    } catch (e) {
      if (e instanceof Damaged) throw new SaveError(`${source} is damaged: ${e.message}`);
      throw e;
    }
  }

  function formatValue(v) {
    return FP.formatValue(v);
  }

  // A lone UTF-16 surrogate: text that is not valid Unicode (Python's saves refuse it too).
  const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  // Is every string in the data (keys too) valid Unicode (saves._unicode)?
  function wellFormed(data) {
    const todo = [data];
    while (todo.length) {
      const x = todo.pop();
      if (typeof x === "string") {
        if (LONE.test(x)) return false;
      } else if (Array.isArray(x)) {
        for (const y of x) todo.push(y);
      } else if (isObj(x)) {
        for (const k of Object.keys(x)) todo.push(k, x[k]);
      }
    }
    return true;
  }

  const isWhole = (v) => isInt(v) && v >= 0n && v <= FP.MAX_INT;

  function restore(p, data) {
    need(wellFormed(data), "it holds text that is not valid Unicode (a lone surrogate)");
    const ident = get(data, "story", "dict", "an object");
    const title = get(ident, "title", "str", "a string");
    if (title !== p.title) {
      throw new SaveError(`this save belongs to the story \u201c${title}\u201d, not \u201c${p.title}\u201d`);
    }
    const exact = ident.hash === p.digest;
    const seed = get(data, "seed", "int", "a whole number");
    const rngText = get(data, "rng", "str", "a hexadecimal string");
    // int(text, 16) in Python: optional sign, optional 0x, digits with single underscores
    const hex = /^\s*([+-]?)(?:0[xX]_?)?([0-9a-fA-F](?:_?[0-9a-fA-F])*)\s*$/.exec(rngText);
    need(hex !== null, "`rng` should be a hexadecimal string");
    let rng = BigInt("0x" + hex[2].replace(/_/g, ""));
    if (hex[1] === "-") rng = -rng;
    need(rng >= 0n && rng <= 0xFFFFFFFFFFFFFFFFn, "`rng` is out of range");
    const pos = get(data, "position", "dict", "an object");
    const scene = get(pos, "scene", "str", "a scene name");
    const ending = get(pos, "ending", "str", "an ending name or null", true);
    const rawStack = get(pos, "stack", "list", "a list");
    const rawOffer = get(pos, "offer", "list", "a list");
    const rawTemps = get(pos, "temps", "dict", "an object", true); // format 3 on
    const rawTempStack = get(pos, "temp_stack", "list", "a list", true);
    for (const t of [rawTemps || {}].concat(rawTempStack || [])) {
      need(isObj(t) && Object.values(t).every((v) => valueType(v) !== null),
        "a temporary holds something that is not a bool, int or string");
      for (const v of Object.values(t)) {
        need(!isInt(v) || (v >= -(1n << 63n) && v <= (1n << 63n) - 1n), "a temporary holds more than 64 bits");
        need(typeof v !== "string" || FP.codePoints(v) <= FP.MAX_STRING, "a temporary holds too long a string");
      }
    }
    need(rawTempStack === null || rawTempStack.length === rawStack.length,
      "`temp_stack` should have one entry per tunnel frame");
    const turn = get(data, "turn", "int", "a whole number");
    need(turn >= 0n, "`turn` is negative");
    const rawVars = get(data, "variables", "dict", "an object");
    const rawVisits = get(data, "visits", "dict", "an object");
    const rawSeen = get(data, "seen", "dict", "an object", true); // format 2 on
    const rawUsed = get(data, "used", "list", "a list");
    const rawAlts = get(data, "alternatives", "dict", "an object");
    const rawHistory = get(data, "history", "list", "a list");
    const rawText = get(data, "text", "list", "a list");
    const rawTags = has(data, "text_tags") ? data.text_tags : []; // since format 3, when a paragraph has `#tags`
    need(Array.isArray(rawTags) && rawTags.every((t) => Array.isArray(t) && t.every((x) => Array.isArray(x) &&
      x.length === 2 && typeof x[0] === "string" && (x[1] === null || typeof x[1] === "string"))),
      "`text_tags` should list [key, value] pairs for each paragraph");
    need(turn <= FP.MAX_INT, "`turn` is out of range");
    for (const v of Object.values(rawVars)) {
      need(valueType(v) !== null, "a variable holds something that is not a bool, int, string or set");
      need(!isInt(v) || (v >= FP.MIN_INT && v <= FP.MAX_INT), "a variable holds more than 64 bits");
      need(typeof v !== "string" || v.length <= FP.MAX_STRING || FP.codePoints(v) <= FP.MAX_STRING,
        `a variable holds a string of more than ${String(FP.MAX_STRING).replace(/\B(?=(\d{3})+$)/g, ",")} characters`);
    }
    for (const [k, v] of Object.entries(rawVisits).concat(Object.entries(rawAlts))) {
      need(isWhole(v), `the count for \`${k}\` should be a whole number`);
    }
    for (const [k, v] of Object.entries(rawSeen || {})) {
      need(isInt(v) && v >= 0n && v <= turn, `the turn \`${k}\` was last seen should be a whole number, at most \`turn\``);
    }
    need(rawUsed.every((u) => typeof u === "string"), "`used` should list strings");
    need(rawText.every((t) => typeof t === "string"), "`text` should list strings");
    const history = rawHistory.map((h) => {
      need(Array.isArray(h) && h.length === 2 && h.every((x) => typeof x === "string"),
        "`history` should list [scene, choice] pairs");
      return [h[0], h[1]];
    });
    const malformed = "a tunnel return address is malformed";
    const stack = rawStack.map((frame) => {
      need(Array.isArray(frame) && frame.length > 0, "a tunnel frame should be a non-empty list");
      return frame.map((entry) => {
        need(Array.isArray(entry) && entry.length === 3, malformed);
        const [a, j, fp] = entry;
        need(Array.isArray(a) && a.length === 3 && typeof a[0] === "string" &&
          (a[1] === null || typeof a[1] === "string") && Array.isArray(a[2]), malformed);
        const path = a[2].map((x) => {
          need(Array.isArray(x) && x.length === 2 && x.every((y) => isInt(y) && y >= 0n), malformed);
          return [Number(x[0]), Number(x[1])];
        });
        need(isInt(j) && j >= 0n && isInt(fp), malformed);
        return [[a[0], a[1]].concat(path), Number(j), fp];
      });
    });
    const shown = new Map();
    const offer = rawOffer.map((o) => {
      need(Array.isArray(o) && (o.length === 2 || o.length === 4) && typeof o[0] === "string" &&
        typeof o[1] === "boolean" && o.slice(2).every((x) => typeof x === "string"),
        "`offer` should list [choice, available] pairs (and its text, for a text that varies)");
      if (o.length === 4) shown.set(o[0], [o[2], o[3]]);
      return [o[0], o[1]];
    });
    const slot = has(data, "slot") ? data.slot : null;
    const savedAt = has(data, "saved_at") ? data.saved_at : null;
    const lost = (why) => ({ state: null, notes: [], exact, seed, history, lost: why, slot, saved_at: savedAt });

    // -- position
    if (!p.scene(scene)) {
      need(!exact, `the scene \`${scene}\` is not in the story`);
      return lost(`the scene \`${scene}\` where this save stands is no longer in the story`);
    }
    if (ending !== null && !p.endings.includes(ending)) {
      need(!exact, `the ending \u201c${ending}\u201d is not one of the story's`);
      return lost(`the ending \u201c${ending}\u201d where this save stands is no longer in the story`);
    }
    const frames = [];
    for (const frame of stack) {
      const got = [];
      for (let [addr, j, fp] of frame) {
        if (data.version < BREAKS) [addr, j] = beforeBreaks(p, addr, j);
        const node = p.locate(addr);
        if (!node || j > node.ops.length || (!exact && (node.fp === undefined || BigInt(node.fp) !== fp))) {
          return lost(`the scene \`${addr[0]}\` that called the current tunnel has changed, ` +
            "so the way back from it is lost");
        }
        got.push([addr, j]);
      }
      frames.push(got);
    }
    const notes = [];

    // -- variables: by name; new ones start at their declared value
    const values = [];
    const names = new Map(p.variables.map((d) => [d.name, d]));
    p.variables.forEach((d, k) => {
      const init = p.initial[k];
      if (d.const) values.push(init);
      else if (!has(rawVars, d.name)) {
        values.push(init);
        notes.push(`new variable \`${d.name}\` starts at ${formatValue(init)}`);
      } else if (!fits(p, d.type, rawVars[d.name])) {
        values.push(init);
        notes.push(`\`${d.name}\` is now ${d.type}, not ${valueType(rawVars[d.name])}: ` +
          `it starts again at ${formatValue(init)}`);
      } else values.push(restored(p, d.type, rawVars[d.name]));
    });
    for (const name of Object.keys(rawVars)) {
      if (!names.has(name)) notes.push(`variable \`${name}\` is no longer in the story: dropped`);
      else if (names.get(name).const) notes.push(`\`${name}\` is now a constant: its saved value is dropped`);
    }
    const visits = new Map();
    let gone = 0;
    for (const [k, v] of Object.entries(rawVisits)) {
      if (p.scene(k)) visits.set(k, Number(v));
      else gone++;
    }
    if (gone) notes.push(`visits to ${gone} scene${gone !== 1 ? "s" : ""} no longer in the story dropped`);
    const seen = new Map();
    if (rawSeen === null || rawSeen === undefined) {
      // a format-1 save: estimated from the history, as saves.py does (docs/saves.md)
      for (const k of visits.keys()) seen.set(k, 0);
      let t = 0;
      for (const [sc, cid] of history) {
        if (seen.has(sc)) seen.set(sc, Math.min(t, Number(turn)));
        if (FP.isFallback(p, sc, cid) === false) t++;
      }
      if (seen.has(scene)) seen.set(scene, Number(turn));
    } else {
      for (const [k, v] of Object.entries(rawSeen)) if (visits.has(k)) seen.set(k, Number(v));
    }
    const used = new Set();
    for (const u of rawUsed) {
      const dot = u.lastIndexOf(".");  // a weave part is `scene.label`; choice ids hold no dot
      const sc = dot < 0 ? u : u.slice(0, dot);
      const cid = dot < 0 ? "" : u.slice(dot + 1);
      if (p.scene(sc) && p.scene(sc).choiceMap.has(cid)) used.add(u);
    }
    const alts = new Map(Object.entries(rawAlts).map(([k, v]) => [k, Number(v)]));
    const temps = tempsFrom(p, scene, rawTemps, notes);
    const tempStack = frames.map((fr, k) => tempsFrom(p, fr[0][0][0], rawTempStack === null ? null : rawTempStack[k], notes));
    const base = { scene, ending, vars: Object.freeze(values), visits, seen, temps, tempStack, turn: Number(turn), used, alts, rng,
      seed, stack: frames, history, offer: [], text: rawText.slice(),
      lineTags: rawTags.length === rawText.length ? rawTags.map((t) => t.map((x) => x.slice())) : [] };
    let state = Object.freeze(Object.assign({}, base));
    const done = (st) => ({ state: st, notes, exact, seed, history, lost: null, slot, saved_at: savedAt });
    if (ending !== null) return done(state);

    // -- the offer: exactly as saved if the story is unchanged, else decided afresh
    const views = new Map();
    for (const ch of p.scene(scene).choices) {
      if (ch.text === null) continue;
      if (FP.varies(ch)) { // shown as saved; a save without the text is decided afresh
        if (!shown.has(ch.id)) continue;
        const [text, lead] = shown.get(ch.id);
        views.set(`${ch.id}\u0000true`, FP.choiceView(ch, true, text, lead));
        if (ch.reason !== null) views.set(`${ch.id}\u0000false`, FP.choiceView(ch, false, text, lead));
        continue;
      }
      views.set(`${ch.id}\u0000true`, FP.choiceView(ch, true));
      if (ch.reason !== null) views.set(`${ch.id}\u0000false`, FP.choiceView(ch, false));
    }
    const keys = offer.map(([id, ok]) => `${id}\u0000${ok}`);
    // the saved ids, once each and in the scene's order (saves.py's `in_order`)
    const ids = offer.map(([id]) => id);
    const wanted = new Set(ids);
    const order = p.scene(scene).choices.map((ch) => ch.id).filter((id) => wanted.has(id));
    const inOrder = wanted.size === ids.length && order.length === ids.length && order.every((id, k) => id === ids[k]);
    if (exact && inOrder && keys.every((k) => views.has(k))) {
      state = Object.freeze(Object.assign({}, base, { offer: keys.map((k) => views.get(k)) }));
    } else {
      need(!exact, "`offer` names choices the story does not have");
      const before = state;
      try {
        state = FP.settle(p, state);
      } catch (e) {
        if (e instanceof FP.StoryRuntimeError) return lost(`the story cannot go on from the saved place: ${e.render()}`);
        throw e;
      }
      if (state.scene !== before.scene || !sameHistory(state.history, before.history)) {
        notes.push("a fallback choice now applies at the saved place, so the story moved on by itself");
      } else {
        state = Object.freeze(Object.assign({}, state, { text: before.text, lineTags: before.lineTags }));
      }
    }
    return done(state);
  }

  function sameHistory(a, b) {
    return a.length === b.length && a.every((h, k) => h[0] === b[k][0] && h[1] === b[k][1]);
  }

  function loads(p, text, source) {
    source = source || "this save";
    let data;
    try {
      data = parse(text);
    } catch (e) {
      if (e instanceof SaveError) throw new SaveError(`${source} is damaged: ${e.message}`);
      throw e;
    }
    return fromDict(p, data, source);
  }

  return { FORMAT, VERSION, SaveError, stringify, parse, toDict, dumps, fromDict, loads, checkHeader };
});
