// The web runtime: plays a compiled story (docs/format.md) exactly as engine/forkpaths/runtime.py does; no DOM.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.ForkingPaths = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  const FORMAT = "forkpaths-story";
  const VERSION = 2; // the newest compiled format this runtime plays
  const MAX_TUNNEL_DEPTH = 64;
  const MAX_CALL_DEPTH = 64; // function calls inside calls (functions.py)
  const NONE = Symbol("no value"); // a function block that ran to its end without `~ return`
  const MAX_ENTRIES_WITHOUT_CHOICE = 10000;
  const MAX_INT = (1n << 63n) - 1n;
  const MIN_INT = -(1n << 63n);
  const MAX_STRING = 1000000;
  const MASK = (1n << 64n) - 1n;
  // The characters Python's str.split() splits on.
  const WS = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

  // ------------------------------------------------------------ errors

  class StoryRuntimeError extends Error {
    constructor(message, where) {
      super(where ? `${where}: ${message}` : message);
      this.name = "StoryRuntimeError";
      this.storyMessage = message;
      this.where = where || null; // "file:line:col" or null
    }
    render() {
      return `${this.where ? this.where + ": " : ""}runtime error: ${this.storyMessage}`;
    }
  }

  class FormatError extends Error {}

  // ------------------------------------------------------------ values

  function splitmix(x) {
    x = (x + 0x9E3779B97F4A7C15n) & MASK;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & MASK;
    return [x, z ^ (z >> 31n)];
  }

  // the order a `shuffle once` / `shuffle stopping` deals k branches (runtime._deck): Fisher-Yates
  function deck(seed, crc, k) {
    let x = ((seed * 0x100000001B3n) ^ BigInt(crc)) & MASK;
    const order = Array.from({ length: k }, (_, j) => j);
    for (let i = k - 1; i > 0; i--) {
      let out;
      [x, out] = splitmix(x);
      const j = Number(out % BigInt(i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  }

  function seedRng(seed) {
    return splitmix(BigInt(seed) & MASK)[1];
  }

  function zero(type) {
    return type === "int" ? 0n : type === "bool" ? false : "";
  }

  function formatValue(v) {
    if (typeof v === "boolean") return v ? "true" : "false";
    if (Array.isArray(v)) return v.join(", "); // a set: its values' names, in the enumeration's order
    return String(v);
  }

  function normalize(text) {
    // " ".join(text.split()) in Python
    return text.split(WS).filter((w) => w !== "").join(" ");
  }

  function codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      n++;
    }
    return n;
  }

  function cmpCodePoints(a, b) {
    // Python's string order (by code point), not UTF-16 units
    const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
    for (;;) {
      const x = ia.next(), y = ib.next();
      if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
      const p = x.value.codePointAt(0), q = y.value.codePointAt(0);
      if (p !== q) return p < q ? -1 : 1;
    }
  }

  function fromValue(type, raw) {
    if (type === "int") return BigInt(raw);
    if (Array.isArray(raw)) return Object.freeze(raw.slice()); // a set of an enumeration's values
    return raw;
  }

  // ------------------------------------------------------------ the compiled story

  class Program {
    constructor(data) {
      if (!data || data.format !== FORMAT) throw new FormatError("this is not a compiled forkpaths story");
      if (typeof data.min_version !== "number" || data.min_version > VERSION) {
        throw new FormatError(`this story needs a newer player (compiled format ${data.version}; ` +
          `this one plays formats up to ${VERSION})`);
      }
      this.data = data;
      this.title = data.title;
      this.author = data.author;
      this.start = data.start;
      this.digest = data.digest;
      this.files = data.files;
      this.endings = data.endings;
      this.variables = data.variables;
      this.initial = data.variables.map((v) => fromValue(v.type, v.initial));
      this.functions = new Map((data.functions || []).map((f) => [f.name, f]));
      this.hosts = new Map(); // external function name -> the host's function (bindExternal)
      this.enums = new Map((data.enums || []).map((e) => [e.name, e.members])); // a value is its name
      this.scenes = new Map();
      for (const sc of data.scenes) {
        sc.choiceMap = new Map(sc.choices.map((c) => [c.id, c]));
        this.scenes.set(sc.name, sc);
      }
      this.blocks = new Map();
      this.lines = data.paragraphs === "lines"; // every prose line is its own paragraph
    }

    // What a temporary holds before it is set: its type's zero (an enumeration's first value, an empty set).
    zero(type) {
      if (type.startsWith("set of ")) return Object.freeze([]);
      const members = this.enums.get(type);
      return members !== undefined ? members[0] : zero(type);
    }

    // Does a saved value fit a variable of this type? (saves.js); null: not an enumeration's
    fits(type, v) {
      if (type.startsWith("set of ")) {
        const members = this.enums.get(type.slice(7));
        return Array.isArray(v) && v.every((n) => typeof n === "string" && members.includes(n)) &&
          new Set(v).size === v.length;
      }
      const members = this.enums.get(type);
      if (members !== undefined) return typeof v === "string" && members.includes(v);
      return null;
    }

    // Sets of an enumeration's values (sets.py): frozen arrays of names in the enumeration's order.
    makeSet(enumName, names) {
      const members = this.enums.get(enumName);
      return Object.freeze(members.filter((n) => names.includes(n)));
    }

    enumOfValue(name) {
      for (const [e, members] of this.enums) if (members.includes(name)) return e;
      return null;
    }

    setPlus(a, b) {
      const more = Array.isArray(b) ? b : [b];
      const e = this.enumOfValue(a.length ? a[0] : more[0]);
      return e === null ? a : this.makeSet(e, a.concat(more));
    }

    setMinus(a, b) {
      const gone = Array.isArray(b) ? b : [b];
      return Object.freeze(a.filter((n) => !gone.includes(n)));
    }

    where(span) {
      return span ? `${this.files[span[0]]}:${span[1]}:${span[2]}` : null;
    }

    error(message, span) {
      return new StoryRuntimeError(message, this.where(span));
    }

    scene(name) {
      return this.scenes.get(name);
    }

    // A block and its save checksum at an address [scene, choice id or null, [i, bi]...]; null if gone.
    locate(addr) {
      const sc = this.scenes.get(addr[0]);
      if (!sc) return null;
      let node;
      if (addr[1] === null) node = { ops: sc.body, fp: sc.fp };
      else {
        const ch = sc.choiceMap.get(addr[1]);
        if (!ch) return null;
        node = { ops: ch.body, fp: ch.fp };
      }
      for (let k = 2; k < addr.length; k++) {
        const [i, bi] = addr[k];
        const st = node.ops[i];
        if (!st || st[0] !== "if" || !st[1][bi]) return null;
        const br = st[1][bi];
        node = { ops: br[1], fp: br[2] };
      }
      return node;
    }

    block(addr) {
      const key = JSON.stringify(addr);
      let ops = this.blocks.get(key);
      if (ops === undefined) {
        ops = this.locate(addr).ops;
        this.blocks.set(key, ops);
      }
      return ops;
    }

    body(name, span) {
      const sc = this.scenes.get(name);
      if (!sc) throw this.error(`no scene named \`${name}\``, span);
      return sc.body;
    }

    // The scene a weave part belongs to (its title and tags are the scene's).
    owner(name) {
      const sc = this.scenes.get(name);
      return sc && sc.part_of ? this.scenes.get(sc.part_of) : sc;
    }

    tag(name, key) {
      const sc = this.owner(name);
      if (!sc) return null;
      for (const [k, v] of sc.tags) if (k === key) return v === null ? "" : v;
      return null;
    }
  }

  // ------------------------------------------------------------ state

  // A State stands at a choice point or an ending; transitions return new States and never change one.
  function makeState(f) {
    return Object.freeze({
      scene: f.scene, ending: f.ending, vars: f.vars, visits: f.visits, seen: f.seen || new Map(),
      temps: f.temps || [], tempStack: f.tempStack || [], turn: f.turn, used: f.used,
      alts: f.alts, rng: f.rng, seed: f.seed, stack: f.stack, history: f.history,
      offer: f.offer || [], text: f.text || [], lineTags: f.lineTags || [],
    });
  }

  // text and lead: the menu text and the words before `[` as shown (worked out by Run.shown when they vary)
  function choiceView(ch, available, text, lead) {
    return Object.freeze({ id: ch.id, text: text === undefined ? ch.text : text, available,
      reason: available ? null : ch.reason, sticky: ch.sticky, span: ch.span,
      lead: lead === undefined ? (ch.lead || []).join("") : lead, tags: ch.tags || [] });
  }

  function varies(ch) {
    return (ch.lead || []).concat(ch.menu || []).some((p) => typeof p !== "string");
  }

  // ------------------------------------------------------------ one transition

  class Run {
    constructor(p, s) {
      this.p = p;
      this.vars = s.vars.slice();
      this.visits = s.visits;
      this.ownVisits = false;
      this.seen = s.seen;
      this.temps = s.temps.slice();
      this.tempStack = s.tempStack;
      this.depth = 0;
      this.turn = s.turn;
      this.used = s.used;
      this.alts = s.alts;
      this.ownAlts = false;
      this.rng = s.rng;
      this.seed = s.seed;
      this.stack = s.stack;
      this.history = s.history;
      this.frames = [];
      this.scene = s.scene;
      this.ending = s.ending;
      this.offer = s.offer;
      this.paras = [];
      this.line = [];
      this.dirty = false;
      this.entries = 0;
      this.inText = false;
      this.textRolls = 0n;
      this.ptags = []; // the `#tags` of the lines of the paragraph under way
      this.paraTags = []; // the tags of each paragraph in this.paras
      this.lead = ""; // the taken choice's lead as its menu showed it (text part "lead")
      this.glue = null; // after `<>`: what joins the next text to the paragraph ("" or " ")
      this.lines = p.lines;
    }

    // -- values
    ev(e) {
      switch (e[0]) {
        case "bool": case "str": return e[1];
        case "int": return e.v !== undefined ? e.v : (e.v = BigInt(e[1]));
        case "var": return this.vars[e[1]];
        case "visits": return BigInt(this.visits.get(e[1]) || 0);
        case "turn": return BigInt(this.turn);
        case "since": {
          const t = this.seen.get(e[1]);
          return t === undefined ? -1n : BigInt(this.turn - t);
        }
        case "local": return this.temps[e[1]];
        case "set": return this.p.makeSet(e[1], e[2].map((a) => this.ev(a)));
        case "has": { const set = this.ev(e[1]); return set.includes(this.ev(e[2])); }
        case "count": return BigInt(this.ev(e[1]).length);
        case "call": return this.call(e);
        case "min": { const a = this.ev(e[1]), b = this.ev(e[2]); return a <= b ? a : b; }
        case "max": { const a = this.ev(e[1]), b = this.ev(e[2]); return a >= b ? a : b; }
        case "abs": { const a = this.ev(e[1]); return this.limited(a < 0n ? -a : a, e[2]); }
        case "random": {
          const lo = this.ev(e[1]), hi = this.ev(e[2]);
          return this.roll(lo, hi, e[3]);
        }
        case "not": return !this.ev(e[1]);
        case "neg": return -this.ev(e[1]);
        case "and": return this.ev(e[1]) && this.ev(e[2]);
        case "or": return this.ev(e[1]) || this.ev(e[2]);
      }
      const a = this.ev(e[1]), b = this.ev(e[2]);
      switch (e[0]) {
        case "+": return Array.isArray(a) ? this.p.setPlus(a, b) : this.limited(a + b, e[3]);
        case "-": return Array.isArray(a) ? this.p.setMinus(a, b) : this.limited(a - b, e[3]);
        case "*": return this.limited(a * b, e[3]);
        case "/":
          if (b === 0n) throw this.p.error("division by zero", e[3]);
          return a / b;
        case "%":
          if (b === 0n) throw this.p.error("division by zero", e[3]);
          return a % b;
        case "==": return Array.isArray(a) ? a.join("\n") === b.join("\n") : a === b;
        case "!=": return Array.isArray(a) ? a.join("\n") !== b.join("\n") : a !== b;
        case "<": return a < b;
        case "<=": return a <= b;
        case ">": return a > b;
        case ">=": return a >= b;
      }
      throw new FormatError(`unknown expression ${JSON.stringify(e[0])}`);
    }

    // -- functions (functions.py): a call runs to its `~ return` inside the expression
    call(e) {
      const args = e[2].map((a) => this.ev(a));
      const fn = this.p.functions.get(e[1]);
      const host = this.p.hosts.get(e[1]);
      if (host !== undefined) return this.hostCall(fn, host, args, e[3]);
      if (this.depth >= MAX_CALL_DEPTH) {
        throw this.p.error(`function calls nested more than ${MAX_CALL_DEPTH} deep (in \`${fn.name}\`)`, e[3]);
      }
      const saved = this.temps;
      const frame = args.slice();
      for (let k = args.length; k < fn.locals.length; k++) frame.push(this.p.zero(fn.locals[k][1]));
      this.temps = frame;
      this.depth += 1;
      let r;
      try {
        r = this.fblock(fn.body);
      } finally {
        this.temps = saved;
        this.depth -= 1;
      }
      return r === NONE ? null : r; // no value: a function without `~ return`, called on its own line
    }

    // A function the host page provides (bindExternal): its value checked like a story value.
    hostCall(fn, host, args, span) {
      let v;
      try {
        v = host(...args);
      } catch (err) {
        throw this.p.error(`host function \`${fn.name}\` failed: ${err && err.message ? err.message : err}`, span);
      }
      if (fn.returns === null || fn.returns === undefined) return null;
      if (fn.returns === "int" && typeof v === "number" && Number.isSafeInteger(v)) v = BigInt(v);
      const kind = { int: "bigint", bool: "boolean", string: "string" }[fn.returns];
      if (typeof v !== kind) {
        throw this.p.error(`host function \`${fn.name}\` returned ${typeof v}, not ${fn.returns === "int" ? "an" : "a"} ` +
          `${fn.returns}`, span);
      }
      return this.limited(v, span);
    }

    fblock(ops) {
      for (const op of ops) {
        switch (op[0]) {
          case "value": return this.ev(op[1]);
          case "set": case "add": case "sub": this.assign(op, this.ev(op[2])); break;
          case "local": this.setLocal(op); break;
          case "call": this.ev(op[1]); break;
          case "break": break;
          case "if": {
            for (const [cond, body] of op[1]) {
              if (cond === null || this.ev(cond)) {
                const r = this.fblock(body);
                if (r !== NONE) return r;
                break;
              }
            }
            break;
          }
          default: throw new FormatError(`unknown function statement ${JSON.stringify(op[0])}`);
        }
      }
      return NONE;
    }

    setLocal(op) {
      const [, kind, slot, e, span] = op;
      let v = this.ev(e);
      const cur = this.temps[slot];
      if (kind === "add") v = Array.isArray(cur) ? this.p.setPlus(cur, v) : cur + v;
      else if (kind === "sub") v = Array.isArray(cur) ? this.p.setMinus(cur, v) : cur - v;
      this.temps[slot] = this.limited(v, span);
    }

    roll(lo, hi, span) {
      if (hi < lo) {
        throw this.p.error(`random(${lo}, ${hi}): the high bound is below the low bound`, span);
      }
      let out;
      if (this.inText) {
        // text draws from the generator's state without advancing it
        this.textRolls += 1n;
        out = splitmix((this.rng ^ (this.textRolls * 0xD1B54A32D192ED03n)) & MASK)[1];
      } else {
        [this.rng, out] = splitmix(this.rng);
      }
      return lo + out % (hi - lo + 1n);
    }

    text(parts, out) {
      for (const part of parts) {
        if (typeof part === "string") out.push(part);
        else if (part[0] === "interp") out.push(formatValue(this.ev(part[1])));
        else if (part[0] === "cond") this.text(this.ev(part[1]) ? part[2] : part[3], out);
        else if (part[0] === "alt") this.text(this.alternative(part), out);
        else if (part[0] === "lead") out.push(this.lead);
        else throw new FormatError(`unknown text part ${JSON.stringify(part[0])}`);
      }
    }

    alternative(alt) {
      const i = this.pick(alt);
      return i !== null ? alt[4][i] : [];
    }

    // the branch alternatives show now (null: nothing), counting one more showing (runtime.pick)
    pick(alt) {
      const [, kind, key, crc, branches] = alt;
      const n = this.alts.get(key) || 0;
      const k = branches.length;
      let i;
      if (kind === "sequence") i = Math.min(n, k - 1);
      else if (kind === "cycle") i = n % k;
      else if (kind === "once") i = n < k ? n : null;
      else if (kind === "shuffle once") i = n < k ? deck(this.seed, crc, k)[n] : null;
      else if (kind === "shuffle stopping") i = n < k - 1 ? deck(this.seed, crc, k - 1)[n] : k - 1;
      else if (kind === "shuffle") {
        const x = ((this.seed * 0x100000001B3n) ^ BigInt(crc) ^ (BigInt(n) << 32n)) & MASK;
        i = Number(splitmix(x)[1] % BigInt(k));
      } else throw new FormatError(`unknown alternatives kind ${JSON.stringify(kind)}`);
      if (!this.ownAlts) {
        this.alts = new Map(this.alts);
        this.ownAlts = true;
      }
      this.alts.set(key, n + 1);
      return i;
    }

    // multi-line alternatives: the chosen branch's lines, as text (runtime.alt_lines)
    altLines(op) {
      const i = this.pick(op);
      if (i === null) return;
      for (const sub of op[4][i]) {
        switch (sub[0]) {
          case "text": if (sub[2]) this.ptags.push(...sub[2]); if (sub[1]) this.put(sub[1]); break;
          case "dyn": {
            const out = [];
            this.inText = true;
            this.text(sub[1], out);
            this.inText = false;
            this.dirty = true;
            if (sub[2]) this.ptags.push(...sub[2]);
            this.put(out.join(""));
            break;
          }
          case "break": this.flush(); break;
          case "glue": this.glued(sub[1]); break;
          case "nop": break;
          default: throw new FormatError(`unknown statement ${JSON.stringify(sub[0])} in alternatives`);
        }
      }
    }

    // a piece of prose joins the paragraph under way, minding glue and the `lines` rule (runtime.put)
    put(text) {
      const g = this.glue;
      if (g === null) this.line.push(text);
      else if (normalize(text) === "") return; // the glue waits for text that shows
      else {
        this.glue = null;
        if (this.line.length) this.line[this.line.length - 1] += g + text;
        else this.line.push(text);
      }
      if (this.lines) this.flush(false);
    }

    // `<>`: the paragraph under way goes on; one just ended in this step is opened again
    glued(space) {
      if (!this.line.length && this.paras.length) {
        this.line.push(this.paras.pop());
        this.ptags = this.paraTags.pop().concat(this.ptags);
      }
      this.glue = space || this.glue === " " ? " " : "";
    }

    flush(force) {
      if (this.glue !== null) {
        if (!force) return;
        this.glue = null;
      }
      const line = this.line;
      if (line.length) {
        let text = line.join(" ");
        if (this.dirty) {
          text = normalize(text);
          this.dirty = false;
        }
        if (text) {
          this.paras.push(text);
          this.paraTags.push(this.ptags);
        }
        this.line = [];
        this.ptags = [];
      }
    }

    // every arithmetic step keeps the runtime's limits, not only the stored result (as runtime.py)
    limited(v, span) {
      if (typeof v === "bigint") {
        if (v < MIN_INT || v > MAX_INT) throw this.p.error("integer overflow: the value no longer fits in 64 bits", span);
      } else if (typeof v === "string" && v.length > MAX_STRING && codePoints(v) > MAX_STRING) {
        throw this.p.error("string too long: more than 1,000,000 characters", span);
      }
      return v;
    }

    assign(op, v) {
      const i = op[1];
      const cur = this.vars[i];
      if (op[0] === "add") v = Array.isArray(cur) ? this.p.setPlus(cur, v) : cur + v;
      else if (op[0] === "sub") v = Array.isArray(cur) ? this.p.setMinus(cur, v) : cur - v;
      this.vars[i] = this.limited(v, op[3]);
    }

    // -- flow
    enter(name, span) {
      const ops = this.p.body(name, span);
      this.entries += 1;
      if (this.entries > MAX_ENTRIES_WITHOUT_CHOICE) {
        throw this.p.error("divert loop: 10,000 scenes entered without a choice", span);
      }
      if (!this.ownVisits) {
        this.visits = new Map(this.visits);
        this.seen = new Map(this.seen);
        this.ownVisits = true;
      }
      this.visits.set(name, (this.visits.get(name) || 0) + 1);
      this.seen.set(name, this.turn);
      const mark = this.p.scenes.get(name).marks;  // a labelled once-only choice's body, entered by a divert
      if (mark !== undefined && !this.used.has(mark)) {
        this.used = new Set(this.used);
        this.used.add(mark);
      }
      const sc = this.p.scene(name);
      this.temps = sc.locals ? sc.locals.map(([, t]) => this.p.zero(t)) : [];
      this.scene = name;
      this.frames = [[ops, 0, [name, null]]];
      this.flush();
    }

    run() {
      const p = this.p;
      for (;;) {
        let frames = this.frames;
        while (frames.length) {
          const frame = frames[frames.length - 1];
          const ops = frame[0];
          const i = frame[1];
          if (i >= ops.length) {
            frames.pop();
            if (!frames.length && frame[2][1] !== null) this.ranOut(frame[2]);
            continue;
          }
          frame[1] = i + 1;
          const op = ops[i];
          switch (op[0]) {
            case "text":
              if (op[2]) this.ptags.push(...op[2]); // before the text: the `lines` rule may end the paragraph
              if (op[1]) this.put(op[1]);
              break;
            case "glue": this.glued(op[1]); break;
            case "alts": this.altLines(op); break;
            case "nop": break;
            case "break": this.flush(); break;
            case "divert":
              this.enter(op[1], op[2]);
              frames = this.frames;
              break;
            case "set": case "add": case "sub":
              this.assign(op, this.ev(op[2]));
              break;
            case "local": this.setLocal(op); break;
            case "call": this.ev(op[1]); break;
            case "if": {
              const branches = op[1];
              for (let bi = 0; bi < branches.length; bi++) {
                const cond = branches[bi][0];
                if (cond === null || this.ev(cond)) {
                  frames.push([branches[bi][1], 0, frame[2].concat([[i, bi]])]);
                  break;
                }
              }
              break;
            }
            case "dyn": {
              const out = [];
              this.inText = true;
              this.text(op[1], out);
              this.inText = false;
              this.dirty = true;
              if (op[2]) this.ptags.push(...op[2]);
              this.put(out.join(""));
              break;
            }
            case "tunnel":
              if (this.stack.length >= MAX_TUNNEL_DEPTH) {
                throw p.error(`tunnels nested more than ${MAX_TUNNEL_DEPTH} deep`, op[2]);
              }
              this.stack = this.stack.concat([frames.map((f) => [f[2], f[1]])]);
              this.tempStack = this.tempStack.concat([this.temps.slice()]);
              this.enter(op[1], op[2]);
              frames = this.frames;
              break;
            case "return": {
              if (!this.stack.length) throw p.error("`->->` returns, but no tunnel was called", op[1]);
              const back = this.stack[this.stack.length - 1];
              this.stack = this.stack.slice(0, -1);
              this.temps = this.tempStack[this.tempStack.length - 1].slice();
              this.tempStack = this.tempStack.slice(0, -1);
              if (op[2] !== undefined) {  // `->-> target`: the caller's place is dropped, the flow goes there
                this.enter(op[2], op[1]);
                frames = this.frames;
                break;
              }
              this.frames = frames = back.map(([a, j]) => [p.block(a), j, a]);
              this.scene = back[0][0][0];
              this.flush();
              break;
            }
            case "end":
              this.ending = op[1];
              this.offer = [];
              this.frames = [];
              return;
            default:
              throw new FormatError(`unknown statement ${JSON.stringify(op[0])}`);
          }
        }
        const due = this.settle();
        if (due === null) return;
        this.take(due[0], due[1], true);
      }
    }

    ranOut(addr) {
      const ch = this.p.scene(addr[0]).choiceMap.get(addr[1]);
      if (ch.text === null) {
        throw this.p.error(`the fallback of scene \`${addr[0]}\` has nowhere to go: it ends without a divert, ` +
          "`->->` or `-> END`", ch.span);
      }
      throw this.p.error(`choice \`${ch.id}\` of scene \`${addr[0]}\` ends without a divert, \`->->\` or \`-> END\``,
        ch.span);
    }

    settle() {
      const offer = [];
      let fallback = null;
      let anyOk = false;
      const sc = this.p.scene(this.scene);
      for (const ch of sc.choices) {
        const key = ch.sticky ? null : `${this.scene}.${ch.id}`;
        if (key !== null && this.used.has(key)) continue;
        const ok = ch.cond === null || this.ev(ch.cond);
        if (ch.text === null) {
          if (ok && fallback === null) fallback = [ch, key];
        } else if (ok) {
          anyOk = true;
          offer.push(this.shown(ch, true));
        } else if (ch.reason !== null) {
          offer.push(this.shown(ch, false));
        }
      }
      this.offer = offer;
      if (anyOk || fallback === null) return null;
      return fallback;
    }

    // a choice's view; a text that varies is worked out now (runtime.py Run.shown)
    shown(ch, available) {
      if (ch.varies === undefined) ch.varies = varies(ch);
      if (!ch.varies) return choiceView(ch, available);
      this.inText = true;
      const out = [];
      this.text(ch.lead, out);
      const lead = out.join("");
      this.text(ch.menu, out);
      this.inText = false;
      return choiceView(ch, available, normalize(out.join("")), lead);
    }

    take(ch, key, fallback, lead) {
      this.lead = lead || "";
      if (key !== null) {
        this.used = new Set(this.used);
        this.used.add(key);
      }
      this.history = this.history.concat([[this.scene, ch.id]]);
      if (fallback) {
        this.entries += 1;
        if (this.entries > MAX_ENTRIES_WITHOUT_CHOICE) {
          throw this.p.error("divert loop: 10,000 fallbacks taken without a choice", ch.span);
        }
      } else {
        this.turn += 1;
      }
      const addr = [this.scene, ch.id];
      this.frames = [[ch.body, 0, addr]];
    }

    freeze() {
      this.flush(true);
      return makeState({ scene: this.scene, ending: this.ending, vars: Object.freeze(this.vars),
        visits: this.visits, seen: this.seen, temps: Object.freeze(this.temps), tempStack: this.tempStack,
        turn: this.turn, used: this.used, alts: this.alts, rng: this.rng, seed: this.seed,
        stack: this.stack, history: this.history, offer: this.offer, text: this.paras,
        lineTags: this.paraTags });
    }
  }

  // ------------------------------------------------------------ the API

  function load(data) {
    return new Program(typeof data === "string" ? JSON.parse(data) : data);
  }

  function initialState(p, seed) {
    const s = BigInt(seed || 0);
    return makeState({ scene: p.start, ending: null, vars: p.initial.slice(), visits: new Map(), seen: new Map(), turn: 0,
      used: new Set(), alts: new Map(), rng: seedRng(s), seed: s, stack: [], history: [] });
  }

  function start(p, seed) {
    const r = new Run(p, initialState(p, seed));
    r.enter(p.start, p.scene(p.start).span);
    r.run();
    return r.freeze();
  }

  function view(p, s) {
    // one list of [key, value] tags per paragraph (runtime.py View.line_tags)
    const lineTags = s.lineTags.length === s.text.length ? s.lineTags : s.text.map(() => []);
    if (s.ending !== null) return { paragraphs: s.text, choices: [], ending: s.ending, scene: s.scene, lineTags };
    return { paragraphs: s.text, choices: s.offer, ending: null, scene: s.scene, lineTags };
  }

  function isStuck(v) {
    return v.ending === null && !v.choices.some((c) => c.available);
  }

  function available(p, s) {
    if (s.ending !== null) return [];
    return s.offer.filter((c) => c.available).map((c) => c.id);
  }

  function choose(p, s, id) {
    if (s.ending !== null) {
      throw new StoryRuntimeError(`the story has ended (${s.ending}); there is nothing to choose`);
    }
    const cv = s.offer.find((c) => c.id === id);
    if (!cv) {
      const ch = p.scene(s.scene).choiceMap.get(id);
      if (!ch || ch.text === null) throw new StoryRuntimeError(`scene \`${s.scene}\` has no choice \`${id}\``);
      throw p.error(`choice \`${id}\` is not on offer now`, ch.span);
    }
    if (!cv.available) throw p.error(`choice \`${id}\` is not available now`, cv.span);
    const ch = p.scene(s.scene).choiceMap.get(id);
    const r = new Run(p, s);
    r.take(ch, ch.sticky ? null : `${s.scene}.${ch.id}`, false, cv.lead);
    r.run();
    return r.freeze();
  }

  // Decide the choice point again (a migrated save): recompute the offer, take a fallback now due.
  function settle(p, s) {
    if (s.ending !== null) return s;
    const r = new Run(p, s);
    const due = r.settle();
    if (due === null) return makeState(Object.assign({}, s, { offer: r.offer, alts: r.alts }));
    r.take(due[0], due[1], true);
    r.run();
    return r.freeze();
  }

  function isFallback(p, scene, id) {
    const sc = p.scene(scene);
    if (!sc) return null;
    const ch = sc.choiceMap.get(id);
    return ch === undefined ? null : ch.text === null;
  }

  // Follow recorded [scene, choice] pairs from the start as far as they still go.
  function replay(p, seed, history) {
    const states = [start(p, seed)];
    let wanted = 0, replayed = 0, going = true;
    for (const [scene, id] of history) {
      const fb = isFallback(p, scene, id);
      if (fb) continue;
      wanted += 1;
      if (!going) continue;
      const s = states[states.length - 1];
      if (fb === null || s.ending !== null || s.scene !== scene || !available(p, s).includes(id)) {
        going = false;
        continue;
      }
      try {
        states.push(choose(p, s, id));
      } catch (e) {
        if (!(e instanceof StoryRuntimeError)) throw e;
        going = false;
        continue;
      }
      replayed += 1;
    }
    return { states, replayed, wanted };
  }

  // ------------------------------------------------------------ text styling (render.py)

  const RUNS = /\*\*([^\n]+?)\*\*|(?<![\p{L}\p{N}_])_([^\n]+?)_(?![\p{L}\p{N}_])/gu;

  // Split text into [style, text] runs: style is "", "bold" or "italic" (render.styled_runs).
  function styledRuns(text) {
    const out = [];
    let pos = 0;
    RUNS.lastIndex = 0;
    let mt;
    while ((mt = RUNS.exec(text)) !== null) {
      if (mt.index > pos) out.push(["", text.slice(pos, mt.index)]);
      if (mt[1] !== undefined) out.push(["bold", mt[1]]);
      else out.push(["italic", mt[2]]);
      pos = mt.index + mt[0].length;
    }
    if (pos < text.length) out.push(["", text.slice(pos)]);
    return out;
  }

  const BOLD = /\*\*([^\n]+?)\*\*/gu;
  const ITALIC = /(?<![\p{L}\p{N}_])_([^\n]+?)_(?![\p{L}\p{N}_])/gu;

  // `**bold**` and `_italic_` without their markers (render.strip_markup).
  function stripMarkup(text) {
    if (text.includes("*")) text = text.replace(BOLD, "$1");
    if (text.includes("_")) text = text.replace(ITALIC, "$1");
    return text;
  }

  // Replace an `external` function of the story with the page's own (docs/api.md); its fallback body plays otherwise.
  function bindExternal(p, name, fn) {
    const f = p.functions.get(name);
    if (!f || !f.external) throw new Error(`\`${name}\` is not an external function of the story`);
    if (typeof fn !== "function") throw new TypeError(`\`${name}\` must be bound to a function`);
    p.hosts.set(name, fn);
  }

  return {
    bindExternal,
    FORMAT, VERSION, MAX_TUNNEL_DEPTH, MAX_ENTRIES_WITHOUT_CHOICE, MAX_STRING, MAX_INT, MIN_INT,
    StoryRuntimeError, FormatError, Program, choiceView, varies,
    load, initialState, start, view, available, choose, settle, replay, isFallback, isStuck,
    splitmix, seedRng, formatValue, normalize, codePoints, cmpCodePoints, styledRuns, stripMarkup,
  };
});
