from pathlib import Path

import pytest


@pytest.mark.django_db
def test_pages_send_a_strict_content_security_policy(client):
    csp = client.get("/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp


@pytest.mark.django_db
def test_pages_deny_framing_sniffing_and_leak_no_referrer(client):
    headers = client.get("/").headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def _production_env(**extra):
    import secrets

    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(Path(__file__).resolve().parent),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "werkroute.example",
        **extra,
    }


def test_check_deploy_is_clean_with_production_settings():
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=_production_env(), capture_output=True, text=True, check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_response_has_hsts_and_secure_cookies():
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "from django.conf import settings;"
        "c = Client(HTTP_HOST='werkroute.example');"
        "r = c.get('/vraag/om-wie', secure=True);"
        "r2 = c.post('/vraag/om-wie/antwoord', {'answer': 'none'}, secure=True);"
        "print(r.headers.get('Strict-Transport-Security'));"
        "print(r2.cookies['sessionid']['secure'], r2.cookies['sessionid']['httponly'],"
        "r2.cookies['sessionid']['samesite']);"
        "print(r.cookies['csrftoken']['secure'], r.cookies['csrftoken']['samesite']);"
        "print(c.get('/', HTTP_X_FORWARDED_PROTO='http').status_code)"
    )
    env = _production_env(DJANGO_SETTINGS_MODULE="config.settings", DATABASE_URL="sqlite:///:memory:",
                          STATIC_MANIFEST="0")
    result = subprocess.run(
        [sys.executable, "-c", "import django.test.utils as u; u.setup_test_environment();"
         "from django.core.management import call_command; import django; django.setup();"
         "call_command('migrate', verbosity=0);" + script.replace("import django; django.setup();", "")],
        env=env, capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    hsts, session_cookie, csrf_cookie, plain_http = result.stdout.strip().splitlines()[-4:]
    assert hsts.startswith("max-age=31536000")
    # includeSubDomains and preload only when configured (a gemeente's sibling sites, issue 12).
    assert "includeSubDomains" not in hsts
    assert "preload" not in hsts
    assert session_cookie == "True True Lax"
    assert csrf_cookie == "True Lax"
    assert plain_http == "301"  # plain http is redirected to https
