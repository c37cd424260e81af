"""deploy/: the nginx template renders into the shipped production config and a valid test copy."""

import re
import runpy
import shutil
import subprocess

import pytest

from deploy import render_nginx


def test_the_shipped_nginx_conf_is_the_template_with_the_production_values():
    # Edit deploy/nginx.conf.in, then run `python deploy/render_nginx.py`.
    assert render_nginx.OUTPUT.read_text(encoding="utf-8") == render_nginx.production()


def test_every_placeholder_needs_a_value_and_every_value_a_placeholder():
    with pytest.raises(ValueError, match="without a value"):
        render_nginx.render("listen @PORT@;", {})
    with pytest.raises(ValueError, match="without a placeholder"):
        render_nginx.render("listen 80;", {"PORT": "80"})


def test_the_upstream_line_is_repeated_per_instance():
    template = "    server @UPSTREAM@ max_fails=1;\n"
    rendered = render_nginx.render(template, {"UPSTREAM": "127.0.0.1:1, 127.0.0.1:2"})
    assert rendered == "    server 127.0.0.1:1 max_fails=1;\n    server 127.0.0.1:2 max_fails=1;\n"


def test_the_access_log_format_uses_no_variable_that_holds_a_query_string():
    conf = render_nginx.production()
    log_format = re.search(r"log_format werkroute (.*?);", conf, re.S).group(1)
    variables = set(re.findall(r"\$(\w+)", log_format))
    assert variables.isdisjoint({"request", "request_uri", "uri", "args", "query_string", "http_referer",
                                 "document_uri", "is_args"})
    assert "request_without_query" in variables
    assert "access_log /var/log/nginx/werkroute.access.log werkroute;" in conf
    assert "access_log off" not in conf


def test_the_limits_asked_for_are_in_the_production_config():
    conf = render_nginx.production()
    for directive in ["client_max_body_size 1m;", "proxy_request_buffering on;",
                      "client_header_timeout 10s;", "client_body_timeout 10s;", "send_timeout 10s;",
                      "keepalive_timeout 15s;", "gzip on;", "location = /inloggen",
                      "location = /beheer/login/",
                      "location ~ ^/vraag/[^/]+/antwoord$",
                      "location = /resultaat", "limit_req_status 429;",
                      "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                      "proxy_set_header X-Forwarded-Proto $scheme;"]:
        assert directive in conf, directive
    assert conf.count("limit_req zone=") == 4
    assert len(re.findall(r"^\s+server 127\.0\.0\.1:\d+ ", conf, re.M)) >= 2


def test_a_test_copy_passes_nginx_own_check(tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    values = dict(render_nginx.PRODUCTION)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", str(tmp_path / "key.pem"),
                    "-out", str(tmp_path / "cert.pem")], check=True, capture_output=True)
    (tmp_path / "temp").mkdir()
    values.update(PID_FILE=str(tmp_path / "nginx.pid"), ERROR_LOG=str(tmp_path / "error.log"),
                  ACCESS_LOG=str(tmp_path / "access.log"), TEMP_DIR=str(tmp_path / "temp"),
                  HTTP_LISTEN="127.0.0.1:1", HTTPS_LISTEN="127.0.0.1:2", STATIC_ROOT=str(tmp_path),
                  TLS_CERTIFICATE=str(tmp_path / "cert.pem"), TLS_CERTIFICATE_KEY=str(tmp_path / "key.pem"))
    conf = tmp_path / "nginx.conf"
    conf.write_text(render_nginx.render(render_nginx.TEMPLATE.read_text(), values))
    command = [nginx, "-t", "-p", str(tmp_path), "-c", str(conf), "-e", str(tmp_path / "error.log")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_gunicorn_keeps_no_access_log_and_binds_where_it_is_told(monkeypatch):
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:8123")
    config = runpy.run_path("deploy/gunicorn.conf.py")
    assert config["accesslog"] is None  # its format would hold the query string
    assert config["bind"] == "127.0.0.1:8123"
    assert config["timeout"] < 35  # nginx waits 35 s (proxy_read_timeout)


def test_the_instances_on_one_machine_open_no_shared_control_socket():
    """gunicorn 27 opens ~/.gunicorn/gunicorn.ctl by default: the second instance failed to. The
    setting's name is checked against gunicorn's own, so a typo cannot pass unnoticed."""
    from gunicorn.config import Config

    config = runpy.run_path("deploy/gunicorn.conf.py")
    settings = Config()
    settings.set("control_socket_disable", config["control_socket_disable"])
    assert settings.control_socket_disable is True


def test_nginx_and_the_app_serve_the_one_neutral_page(client):
    """When no instance answers, nginx serves static/errors/weer.html for /weer; the app serves that file."""
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "static" / "errors" / "weer.html"

    assert client.get("/weer").content == page.read_bytes()
    assert "Werkroute" not in page.read_text(encoding="utf-8")
    assert "Werkroute" not in (page.parent / "weer.css").read_text(encoding="utf-8")
