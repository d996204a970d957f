"""A private nginx for the benches: Debian's binary (installed with apt when missing and run as
root), started in the foreground as one process on 127.0.0.1 and a free port, with its own
config, pid, logs and temp folders under a work folder. No system service is touched."""
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

START_TIMEOUT = 10  # seconds for nginx to answer its first request


def ensure_installed():
    if shutil.which("nginx") or os.path.exists("/usr/sbin/nginx"):
        return
    if os.geteuid() != 0:
        raise SystemExit("bench: nginx is missing; install it with: sudo apt-get install -y nginx-light")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    # nginx-light is enough (static files, etag, conditional requests); nginx where it is gone.
    if subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx-light"], env=env).returncode:
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx"], check=True, env=env)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


CONFIG = """master_process off;
daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    log_format bench '$status $request_method $request_uri $msec';
    access_log {work}/access.log bench;
    client_body_temp_path {work}/temp/body;
    proxy_temp_path {work}/temp/proxy;
    fastcgi_temp_path {work}/temp/fastcgi;
    types {{ text/html html; text/plain txt; }}
    default_type application/octet-stream;
    charset utf-8;
    keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        etag on;
    }}
}}
"""


class Nginx:
    """`with Nginx(root, work) as server:` serves `root` at `server.base_url`."""

    def __init__(self, root, work, port=None):
        self.root = os.path.abspath(root)
        self.work = os.path.abspath(work)
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.access_log = os.path.join(self.work, "access.log")
        self.process = None

    def __enter__(self):
        ensure_installed()
        os.makedirs(os.path.join(self.work, "temp"), exist_ok=True)
        config = os.path.join(self.work, "nginx.conf")
        with open(config, "w") as handle:
            handle.write(CONFIG.format(work=self.work, root=self.root, port=self.port))
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.process = subprocess.Popen([binary, "-p", self.work, "-c", config],
                                        stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.work, "stderr.log"), "w"))
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(self.base_url + "/robots.txt", timeout=1).read()
                # nginx logs a request after answering it: wait for the probe's line, so the
                # first cycle's count does not pick it up.
                while self.log_offset() == 0 and time.monotonic() < deadline:
                    time.sleep(0.01)
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"bench: nginx did not start; see {self.work}/stderr.log and error.log")
                time.sleep(0.05)

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: finishes writing its logs
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_offset(self):
        """Where the access log ends now: pass it to `requests_since`."""
        return os.path.getsize(self.access_log) if os.path.exists(self.access_log) else 0

    def requests_since(self, offset):
        """Status → count of the requests logged after `offset`, and their paths' kinds."""
        statuses, kinds = {}, {}
        with open(self.access_log, "rb") as handle:
            handle.seek(offset)
            for line in handle:
                parts = line.decode("utf-8", "replace").split()
                if len(parts) < 3:
                    continue
                statuses[parts[0]] = statuses.get(parts[0], 0) + 1
                kind = "robots" if parts[2].endswith("robots.txt") else "list" if parts[2].endswith("list.html") else "article"
                kinds[kind] = kinds.get(kind, 0) + 1
        return statuses, kinds
