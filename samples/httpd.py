#!/usr/bin/env python3
"""A small HTTP server for jobpipe's demo and tests, on 127.0.0.1 only.

Serves ROOT/<host>/<path> by the request's Host header (port left out), so
one server stands in for several company sites reached through
`fetch-page --resolve HOST:PORT:127.0.0.1`. With --hostile it also answers
/_hostile/... with the misbehaviours fetch-page must survive. Prints the port
it listens on as its first line; logs each request as one JSON line to --log.
"""
import argparse
import hashlib
import json
import os
import signal
import socket
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

STATE = {"lock": threading.Lock(), "hits": {}, "active": {}}


def hit(key):
    with STATE["lock"]:
        STATE["hits"][key] = STATE["hits"].get(key, 0) + 1
        return STATE["hits"][key]


class Handler(BaseHTTPRequestHandler):
    server_version = "jobpipe-test"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def log_request_line(self, status):
        if not self.server.log:
            return
        host = (self.headers.get("Host") or "").split(":")[0]
        with STATE["lock"]:
            active = STATE["active"].get(host, 0)
            line = json.dumps({"t": time.time(), "host": host, "path": self.path, "status": status,
                               "active": active, "ua": self.headers.get("User-Agent")})
            with open(self.server.log, "a") as f:
                f.write(line + "\n")

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.log_request_line(status)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        with STATE["lock"]:
            STATE["active"][host] = STATE["active"].get(host, 0) + 1
        try:
            if self.server.pause:
                time.sleep(self.server.pause)
            url = urlsplit(self.path)
            if self.server.hostile and host.startswith("robots-"):
                return self.robots_case(host[len("robots-"):].split(".")[0], url.path)
            if self.server.hostile and url.path.startswith("/_hostile/"):
                return self.hostile(url.path[len("/_hostile/"):], parse_qs(url.query))
            return self.static(host, url.path)
        finally:
            with STATE["lock"]:
                STATE["active"][host] -= 1

    def static(self, host, path):
        root = os.path.realpath(self.server.root)
        base = os.path.realpath(os.path.join(root, host or "default"))
        target = os.path.realpath(os.path.join(base, path.lstrip("/")))
        if not target.startswith(base):
            return self.send(403, b"<h1>Forbidden</h1>")
        if os.path.isdir(target):
            target = os.path.join(target, "index.html")
        if not os.path.isfile(target):
            return self.send(404, b"<html><body><h1>Not found</h1></body></html>")
        with open(target, "rb") as f:
            body = f.read()
        ctype = "text/plain" if target.endswith(".txt") else "text/html; charset=utf-8"
        if target.endswith(".png"):
            ctype = "image/png"
        # Validators, so that conditional requests (fetch-page --cache) get 304s.
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, b"", ctype, headers=[("ETag", etag)])
        return self.send(200, body, ctype, headers=[("ETag", etag)])

    ROBOTS_RULES = (b"# jobpipe's robots.txt test case\n"
                    b"User-agent: *\nDisallow: /\n\n"
                    b"User-agent: JobPipe-Fetch-Page\nDisallow: /private/\nAllow: /private/ok.html\n"
                    b"Disallow: /*.pdf$\nCrawl-delay: 0.4\n")

    def robots_case(self, what, path):
        """Hosts robots-rules, robots-404, robots-5xx: their robots.txt as named, every other path a page."""
        if path == "/robots.txt":
            if what == "rules":
                return self.send(200, self.ROBOTS_RULES, "text/plain")
            if what == "5xx":
                return self.send(503, b"busy", "text/plain")
            return self.send(404, b"<p>no robots.txt</p>")
        return self.send(200, b"<p>page %s</p>" % path.encode())

    def hostile(self, what, q):
        key = q.get("id", [what])[0]
        if what == "slow-headers":
            time.sleep(float(q.get("s", ["5"])[0]))
            return self.send(200, b"<p>late</p>")
        if what == "endless":
            self.log_request_line(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>\n"
            try:
                for _ in range(100000):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
            return
        if what == "trickle":
            self.log_request_line(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(120):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
            self.close_connection = True
            return
        if what == "gzip-bomb":
            # 64 MiB of zeros, gzipped a MiB at a time as it is sent: the first
            # bytes leave at once, however loaded the machine (compressing it
            # all first took the best part of a second, and more than the
            # client's 2 s limit under load). Ends when the client hangs up.
            self.log_request_line(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Connection", "close")
            self.end_headers()
            gz = zlib.compressobj(9, zlib.DEFLATED, 31)
            try:
                self.wfile.write(gz.compress(b"<p>"))
                for _ in range(64):
                    self.wfile.write(gz.compress(b"0" * (1024 * 1024)) + gz.flush(zlib.Z_SYNC_FLUSH))
                    self.wfile.flush()
                self.wfile.write(gz.flush())
            except OSError:
                pass
            self.close_connection = True
            return
        if what == "redirect-loop":
            self.log_request_line(302)
            self.send_response(302)
            self.send_header("Location", "/_hostile/redirect-loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if what == "429":
            if hit(key) == 1:
                return self.send(429, b"slow down", "text/plain", [("Retry-After", q.get("after", ["1"])[0])])
            return self.send(200, b"<p>ok after 429</p>")
        if what == "503-then-200":
            if hit(key) == 1:
                return self.send(503, b"<p>busy</p>")
            return self.send(200, b"<p>ok after 503</p>")
        if what == "always-503":
            return self.send(503, b"<p>down</p>")
        if what == "reset":
            self.log_request_line(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<p>half a page")
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            self.close_connection = True
            return
        if what == "latin1":
            return self.send(200, "<p>Café Zürich — ok</p>".encode("cp1252"), "text/html; charset=iso-8859-1")
        if what == "meta-charset":
            return self.send(200, '<html><head><meta charset="windows-1252"></head><p>Müller</p>'.encode("cp1252"), "text/html")
        if what == "wrong-charset":
            return self.send(200, "<p>Café</p>".encode("latin-1"), "text/html; charset=utf-8")
        if what == "huge-header":
            self.log_request_line(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("X-Huge", "a" * (300 * 1024))
            self.send_header("Content-Length", "3")
            self.end_headers()
            self.wfile.write(b"<p>")
            return
        if what == "binary":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        if what == "status":
            code = int(q.get("code", ["404"])[0])
            return self.send(code, b"<html><body><h1>status %d</h1></body></html>" % code)
        return self.send(404, b"<p>no such hostile case</p>")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """Clients that hang up mid-request are part of the tests: no traceback."""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=".", help="folder with one subfolder per host name")
    ap.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free one)")
    ap.add_argument("--hostile", action="store_true", help="also serve /_hostile/... test cases")
    ap.add_argument("--log", help="append one JSON line per request to this file")
    ap.add_argument("--pause", type=float, default=0, help="seconds to wait before each answer")
    ap.add_argument("--lifetime", type=float, default=600, help="exit after this many seconds")
    args = ap.parse_args()
    # A parent may have blocked these (test runners do); we want to die on them.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    srv = QuietServer(("127.0.0.1", args.port), Handler)
    srv.daemon_threads = True
    srv.root, srv.hostile, srv.log, srv.pause = args.root, args.hostile, args.log, args.pause
    print(srv.server_address[1], flush=True)
    threading.Timer(args.lifetime, lambda: os._exit(0)).start()
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
