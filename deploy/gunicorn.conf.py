"""gunicorn settings for one Werkroute instance (deploy/werkroute@.service, scripts/with-services).

    gunicorn --config deploy/gunicorn.conf.py config.wsgi

nginx sits in front (deploy/nginx.conf): it buffers slow clients and logs every request without
its query string, so gunicorn keeps no access log of its own (its format would hold the query).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Sync workers: each serves one request at a time, which is safe because nginx hands over only
# complete requests. Two per instance on a 2-core machine; more instances for more cores.
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "sync"
timeout = 30
graceful_timeout = 30
# A fresh worker now and then keeps memory in check (the catalogue snapshot is rebuilt on start).
max_requests = 2000
max_requests_jitter = 200
# Heartbeat files in memory, not on a disk that may stall.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 (gunicorn's own recommendation for its heartbeat files)
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# X-Forwarded-Proto is believed only from nginx on this machine.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = f"werkroute-{bind}"
# gunicorn 27's runtime control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl), so
# the second instance on a machine logged "Address already in use" at every start. Nothing here
# manages gunicorn through it (systemd and signals do): no socket, no extra way in.
control_socket_disable = True
