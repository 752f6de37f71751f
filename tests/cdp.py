"""Test helper: headless Chromium driven over the DevTools protocol on a pipe (no network, no extra packages)."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--remote-debugging-pipe"]


def chromium_path():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class CDPError(Exception):
    pass


class Browser:
    """One Chromium process with one page; `call` sends a DevTools command to the page and waits for its answer."""

    def __init__(self, width=800, height=900):
        self.profile = tempfile.mkdtemp(prefix="fp-chromium-")
        r1, w1 = os.pipe()  # we write, Chromium reads (its fd 3)
        r2, w2 = os.pipe()  # Chromium writes (its fd 4), we read
        # Chromium's ends above 9, so that placing them on 3 and 4 cannot overwrite one with the other
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (r1, w2)]
        os.close(r1)
        os.close(w2)
        r1, w2 = high
        def child():  # put the pipe ends where --remote-debugging-pipe expects them: fds 3 and 4
            os.dup2(r1, 3)
            os.dup2(w2, 4)

        # close_fds=False so that 3 and 4 survive; every other pipe end is close-on-exec
        self.proc = subprocess.Popen([chromium_path(), *FLAGS, f"--user-data-dir={self.profile}",
                                      f"--window-size={width},{height}", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     preexec_fn=child, close_fds=False)
        os.close(r1)
        os.close(w2)
        self.out, self.inp = w1, r2
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None
        targets = self.call("Target.getTargets", browser=True)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", browser=True, targetId=page["targetId"],
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.call(f"{domain}.enable")

    # -- the protocol
    def _send(self, msg: dict):
        os.write(self.out, json.dumps(msg).encode() + b"\0")

    def _read(self, timeout: float) -> dict:
        end = time.monotonic() + timeout
        while b"\0" not in self.buf:
            left = end - time.monotonic()
            if left <= 0:
                raise CDPError("Chromium did not answer in time")
            ready, _, _ = select.select([self.inp], [], [], left)
            if ready:
                chunk = os.read(self.inp, 1 << 20)
                if not chunk:
                    raise CDPError("Chromium closed the DevTools pipe")
                self.buf += chunk
        msg, _, self.buf = self.buf.partition(b"\0")
        return json.loads(msg)

    def call(self, method: str, browser: bool = False, timeout: float = 30, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if self.session and not browser:
            msg["sessionId"] = self.session
        self._send(msg)
        while True:
            got = self._read(timeout)
            if got.get("id") == self.next_id:
                if "error" in got:
                    raise CDPError(f"{method}: {got['error']}")
                return got.get("result", {})
            if "method" in got:
                self.events.append(got)

    def wait_event(self, method: str, timeout: float = 30):
        for i, e in enumerate(self.events):
            if e["method"] == method:
                return self.events.pop(i)
        end = time.monotonic() + timeout
        while True:
            got = self._read(max(0.01, end - time.monotonic()))
            if got.get("method") == method:
                return got
            if "method" in got:
                self.events.append(got)

    # -- conveniences
    def js(self, expression: str):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise CDPError(f"page script failed: {r['exceptionDetails']}")
        return r["result"].get("value")

    def open(self, url: str):
        """Load a page afresh (by way of about:blank, so a change of #fragment alone loads it again)."""
        for target in ("about:blank", url):
            self.events = [e for e in self.events if e["method"] != "Page.loadEventFired"]
            self.call("Page.navigate", url=target)
            self.wait_event("Page.loadEventFired")

    def wait_for(self, expression: str, timeout: float = 10):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.js(expression):
                return True
            time.sleep(0.05)
        raise CDPError(f"timed out waiting for {expression}")

    def click(self, selector: str, index: int = 0):
        """A real mouse click in the middle of the element."""
        box = self.js(f"""(() => {{ const e = document.querySelectorAll({json.dumps(selector)})[{index}];
            e.scrollIntoView({{block: "center"}}); const r = e.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def key(self, key: str, code: str | None = None, text: str | None = None, vk: int | None = None):
        params = {"key": key, "code": code or key}
        if vk is not None:
            params["windowsVirtualKeyCode"] = vk
        self.call("Input.dispatchKeyEvent", type="keyDown", text=text or "", **params)
        self.call("Input.dispatchKeyEvent", type="keyUp", **params)

    def requests(self) -> list:
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def first_text(self) -> dict:
        """When an exported page's story text arrived, in ms from the start of navigation.

        `in_page`: the page's own `fp-first-text` mark (the text is in the document);
        `painted`: the first largest-contentful-paint of a story paragraph (it is on screen).
        """
        return self.js("""new Promise(done => {
            const mark = () => (performance.getEntriesByName('fp-first-text')[0] || {startTime: null}).startTime;
            new PerformanceObserver((list, obs) => {
                const e = list.getEntries().find(x => x.element && x.element.closest('.fp-story'));
                if (!e) return;
                obs.disconnect();
                done({in_page: mark(), painted: e.renderTime || e.startTime});
            }).observe({type: 'largest-contentful-paint', buffered: true});
            setTimeout(() => done({in_page: mark(), painted: null}), 5000);
        })""")

    def screenshot(self, path: str, width: int, height: int, dark: bool):
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=True)
        self.call("Emulation.setEmulatedMedia",
                  features=[{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}])
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close", browser=True, timeout=5)
        except (CDPError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self.out, self.inp):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)
