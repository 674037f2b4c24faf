#!/usr/bin/env python3
"""An HTTPS server on 127.0.0.1 for find-postings' tests: stands in for the
job boards' API hosts (reached through --resolve HOST:PORT:127.0.0.1).

At start it makes a CA and a server certificate for those hosts with the
openssl command (in --dir), prints its port as its first line, and answers
from --routes, a JSON file read again on every request (so a test changes
what a board lists between runs):

  {"HOST/PATH?QUERY": {"status": 200, "file": "PATH" | "body": "TEXT",
                       "type": "application/json", "headers": {"Retry-After": "1"}}
   ...}

A route may be a list of answers, given in turn (the last one repeats).
Unknown routes answer 404. Each request is logged as a JSON line to DIR/log.
"""
import argparse
import json
import os
import ssl
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOSTS = ["boards-api.greenhouse.io", "api.lever.co", "api.ashbyhq.com", "apply.workable.com",
         "api.smartrecruiters.com", "*.recruitee.com", "*.jobs.personio.de", "*.jobs.personio.com",
         "careers.example", "www.careers.example", "localhost"]
LOCK = threading.Lock()
HITS = {}


def make_certificates(d):
    def openssl(*args):
        subprocess.run(["openssl", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=jobpipe test CA",
            "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.pem",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=jobpipe test server",
            "-keyout", f"{d}/server.key", "-out", f"{d}/server.csr")
    with open(f"{d}/ext.cnf", "w") as f:
        f.write("subjectAltName=" + ",".join([f"DNS:{h}" for h in HOSTS] + ["IP:127.0.0.1"]) + "\n")
        f.write("extendedKeyUsage=serverAuth\n")
    openssl("x509", "-req", "-in", f"{d}/server.csr", "-CA", f"{d}/ca.pem", "-CAkey", f"{d}/ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", f"{d}/ext.cnf", "-out", f"{d}/server.pem")


class Server(ThreadingHTTPServer):
    # many clients connect at once (a benchmark's 16): a short backlog drops
    # their SYNs, which they send again only a second or more later
    request_queue_size = 128
    daemon_threads = True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        key = host + self.path
        with open(self.server.routes) as f:
            routes = json.load(f)
        answer = routes.get(key, {"status": 404, "body": "{\"error\": \"not found\"}"})
        if isinstance(answer, list):
            with LOCK:
                n = HITS.get(key, 0)
                HITS[key] = n + 1
            answer = answer[min(n, len(answer) - 1)]
        status = answer.get("status", 200)
        if "file" in answer:
            with open(answer["file"], "rb") as f:
                body = f.read()
        else:
            body = answer.get("body", "").encode()
        with LOCK, open(self.server.log, "a") as f:
            f.write(json.dumps({"host": host, "path": self.path, "status": status,
                                "ua": self.headers.get("User-Agent")}) + "\n")
        self.send_response(status)
        self.send_header("Content-Type", answer.get("type", "application/json; charset=utf-8"))
        for k, v in answer.get("headers", {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--routes", required=True)
    p.add_argument("--lifetime", type=float, default=300)
    a = p.parse_args()
    make_certificates(a.dir)
    server = Server(("127.0.0.1", 0), Handler)
    server.routes = a.routes
    server.log = os.path.join(a.dir, "log")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(f"{a.dir}/server.pem", f"{a.dir}/server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    # never outlive a test run that forgot it
    threading.Timer(a.lifetime, lambda: os._exit(0)).start()
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
