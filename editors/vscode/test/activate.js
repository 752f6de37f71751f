// Run extension.js's activate() against stand-ins for the `vscode` and `vscode-languageclient`
// modules; print the server command and the client options it chose, as JSON.
"use strict";

const Module = require("module");
const path = require("path");

const settings = JSON.parse(process.argv[2] || "{}");
const seen = {};
const fakes = {
  vscode: {
    workspace: {
      getConfiguration: (section) => ({ get: (key, dflt) => (key in settings ? settings[key] : dflt) }),
      createFileSystemWatcher: (glob) => ({ glob }),
    },
    window: { showErrorMessage: (msg) => { seen.error = msg; } },
  },
  "vscode-languageclient/node": {
    TransportKind: { stdio: 0 },
    LanguageClient: class {
      constructor(id, name, server, client) {
        Object.assign(seen, { id, name, server, selector: client.documentSelector, watch: client.synchronize.fileEvents.glob });
      }
      start() { seen.started = true; return Promise.resolve(); }
      stop() { return Promise.resolve(); }
    },
  },
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  return request in fakes ? fakes[request] : load.apply(this, arguments);
};
const ext = require(path.join(__dirname, "..", "extension.js"));
Promise.resolve(ext.activate({ subscriptions: [] })).then(() => process.stdout.write(JSON.stringify(seen)));
