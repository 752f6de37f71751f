// The VS Code client: starts `forkpaths lsp` for .story files and hands the editor to it.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("forkpaths");
  const command = config.get("command", ["forkpaths", "lsp"]);
  const args = command.slice(1);
  if (!config.get("checkOnSave", true)) {
    args.push("--no-check");
  }
  const server = { command: command[0], args, transport: TransportKind.stdio };
  client = new LanguageClient(
    "forkpaths",
    "Forking Paths",
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: "file", language: "story" }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.story") },
    }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start().catch((err) => {
    vscode.window.showErrorMessage(
      `Forking Paths: could not start \`${command.join(" ")}\` (${err.message}). ` +
        "Install forkpaths, or set forkpaths.command to the full path of the forkpaths program."
    );
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
