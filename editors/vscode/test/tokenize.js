// Tokenise a .story file with the extension's TextMate grammar, as VS Code does (vscode-textmate +
// vscode-oniguruma); print one JSON line per source line: [[text, "scope scope ..."], ...].
"use strict";

const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

async function main() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== "source.story") return null;
      const file = path.join(__dirname, "..", "syntaxes", "story.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  const grammar = await registry.loadGrammar("source.story");
  const text = fs.readFileSync(process.argv[2], "utf8");
  let state = vsctm.INITIAL;
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.join(" ")]));
    state = r.ruleStack;
  }
  process.stdout.write(out.map((l) => JSON.stringify(l)).join("\n") + "\n");
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
