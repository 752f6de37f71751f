"""LSP benchmark: time from an edit to its diagnostics, `forkpaths lsp` driven over stdio like an editor."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import synth  # noqa: E402

BUNDLED = os.path.join(ROOT, "stories", "neither_human", "main.story")
TARGETS = {"bundled": 0.2, "10000": 1.0}  # seconds from an edit to its diagnostics (issue 15)
EDITS = 12


async def measure(path: str, edits: int = EDITS) -> dict:
    """Open `path`, then make `edits` edits (break a divert, mend it), each timed to its diagnostics."""
    from lsprotocol import types as t
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("bench", "1")
    arrived = {}  # (uri, version) -> (time, diagnostics)
    waiters = {}

    @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params):
        key = (params.uri, params.version)
        arrived[key] = (time.perf_counter(), params.diagnostics)
        fut = waiters.pop(key, None)
        if fut is not None and not fut.done():
            fut.set_result(None)

    async def wait(uri, version):
        if (uri, version) not in arrived:
            fut = asyncio.get_running_loop().create_future()
            waiters[(uri, version)] = fut
            await asyncio.wait_for(fut, 600)
        return arrived[(uri, version)]

    await client.start_io(sys.executable, "-m", "forkpaths", "lsp", "--no-check")
    uri = "file://" + os.path.abspath(path)
    text = open(path, encoding="utf-8").read()
    await client.initialize_async(t.InitializeParams(capabilities=t.ClientCapabilities(),
                                                     root_uri="file://" + os.path.dirname(os.path.abspath(path))))
    client.initialized(t.InitializedParams())
    t0 = time.perf_counter()
    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri=uri, language_id="story", version=1, text=text)))
    at, first = await wait(uri, 1)
    opened = at - t0
    # the divert in the middle of the file: break it (FP202 appears), then mend it (it goes)
    lines = text.split("\n")
    targets = [i for i, line in enumerate(lines) if line.lstrip().startswith("-> ") and "END" not in line]
    if not targets:
        targets = [i for i, line in enumerate(lines) if "-> " in line and "END" not in line]
    row = targets[len(targets) // 2]
    col = lines[row].index("-> ") + 3
    pid = client._server.pid if getattr(client, "_server", None) else None
    times, cpus, counts = [], [], []
    for n in range(edits):
        version = n + 2
        broken = n % 2 == 0
        change = t.TextDocumentContentChangePartial(
            range=t.Range(t.Position(row, col), t.Position(row, col if broken else col + 1)),
            text="x" if broken else "")
        cpu0 = _cpu(pid)
        sent = time.perf_counter()
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
        at, diags = await wait(uri, version)
        times.append(at - sent)
        if cpu0 is not None:
            cpus.append(_cpu(pid) - cpu0)
        counts.append(sum(1 for d in diags if d.code == "FP202"))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    assert counts[0::2] == [1] * len(counts[0::2]) and counts[1::2] == [0] * len(counts[1::2]), counts
    return {"open": opened, "median": statistics.median(times), "max": max(times),
            "cpu": statistics.median(cpus) if cpus else None,
            "first_diagnostics": len(first), "edits": edits}


def _cpu(pid):
    """CPU seconds the server process has used (Linux), or None: steadier than wall time on a busy machine."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


def main() -> int:
    print("edit -> diagnostics over stdio (`forkpaths lsp --no-check`; each edit breaks or mends one divert;")
    print(f"the FP202 appearing and going is checked; median and worst of {EDITS}; noisy on a shared machine)")
    try:
        print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall times grow with it, "
              "the server's CPU time much less)")
    except OSError:
        pass
    failed = False
    for label, path in (("bundled", BUNDLED), ("10000", synth.story_path(10000))):
        r = asyncio.run(measure(path))
        target = TARGETS[label]
        ok = r["median"] < target
        failed |= not ok
        folder = os.path.dirname(path)
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs
                   if f.endswith(".story")) if label == "bundled" else os.path.getsize(path)
        name = "bundled story" if label == "bundled" else "10,000-scene file"
        name += f" ({size / 1e6:.2f} MB)"
        cpu = f" (server CPU {r['cpu'] * 1000:.0f} ms median)" if r["cpu"] is not None else ""
        print(f"  {name}: open {r['open']:.2f} s; edit -> diagnostics {r['median'] * 1000:.0f} ms median, "
              f"{r['max'] * 1000:.0f} ms worst{cpu}  target < {target * 1000:.0f} ms: {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
