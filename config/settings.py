"""Werkroute settings, all read from the environment.

Local use needs nothing set: DEBUG on via scripts/serve, SQLite in the project
folder. Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, CACHE_URL and
TRUSTED_PROXIES; every variable is listed in docs/operations.md.
"""

import os
from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from config.cache import parse_cache_url
from config.client_address import parse_proxy_header, parse_trusted_proxies
from config.database import parse_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

DEV_SECRET_KEY = "django-insecure-werkroute-local-development-only"  # noqa: S105 (DEBUG only)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set a long random SECRET_KEY in the environment "
            "(or DEBUG=1 for local development)."
        )
    SECRET_KEY = DEV_SECRET_KEY
elif not DEBUG and (len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production: use at least 50 random characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "django_htmx",
    "template_partials",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "programmes",
    "accounts",
    "triage",
    "casework",
    "curation",
    "opendata",
]

MIDDLEWARE = [
    "config.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.RefuseUnexpectedInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML and JSON gzipped (static files come precompressed from whitenoise). BREACH: CSRF tokens are
    # masked anew in every response and Django pads the gzip header with random bytes.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): professionals and curators log in with a second factor.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.languages",
            ],
        },
    },
]

DATABASES = {
    "default": parse_database_url(
        os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3"), BASE_DIR
    )
}
# How often (seconds) a process re-checks whether the catalogue changed (programmes.snapshot).
CATALOGUE_RECHECK_SECONDS = float(os.environ.get("CATALOGUE_RECHECK_SECONDS", 5))

# No transaction per request: pages that only read pay no BEGIN/COMMIT. Every write goes through
# a service function that is atomic itself (and the admin's change views are), so nothing is
# ever half-saved.
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# `manage.py loaddata catalogue` finds fixtures/catalogue.json (the whole catalogue).
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch is the source language (every msgid is the Dutch text) and is served without a prefix;
# English lives under /en/ (config/urls.py) from locale/en/LC_MESSAGES/django.po.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files need collectstatic: production only.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("STATIC_MANIFEST", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Tests and local runs without collectstatic still find files through the finders.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", True)
WHITENOISE_MANIFEST_STRICT = False

# Answers live in the session only: in the database, shared by every worker process (cached_db
# with a per-process memory cache served stale answers across gunicorn workers), for at most
# 4 hours after the last answer; the cookie dies with the browser. clearsessions removes them.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 4
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "config.views.csrf_failure"  # the site's own Dutch page (config/problems.py)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    # Off unless configured: on a gemeente's domain, includeSubDomains would force https on every
    # sibling site, and preload cannot be undone quickly. Turn them on only for a domain of our own.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SILENCED_SYSTEM_CHECKS = [
        *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
        *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
    ]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # /healthz and /readyz are probed over plain HTTP inside the cluster.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Everything is served from our own origin; no inline code, no eval (htmx is configured for it).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    },
}

LOGIN_URL = "login"
# Two-factor login (django-otp): the name an authenticator app shows for the account.
OTP_TOTP_ISSUER = "Werkroute"
LOGIN_REDIRECT_URL = "triage:start"
LOGOUT_REDIRECT_URL = "logged_out"
# Where each role lands after logging in without a ?next= (accounts.views).
ROLE_HOMES = {"professional": "casework:list", "curator": "curation:overview"}

# Login throttling counts failures here (accounts.throttle), and the catalogue version lives here
# (programmes.snapshot). CACHE_URL=redis://... shares both between every gunicorn instance; unset,
# each process keeps its own (fine for scripts/serve, which runs one).
CACHES = {"default": parse_cache_url(os.environ.get("CACHE_URL"))}

# The client's address is read from TRUSTED_PROXY_HEADER only when the request comes from one of
# TRUSTED_PROXIES (nginx's address as the app sees it, e.g. 127.0.0.1); see config/client_address.py.
TRUSTED_PROXIES = parse_trusted_proxies(os.environ.get("TRUSTED_PROXIES", ""))
TRUSTED_PROXY_HEADER = parse_proxy_header(os.environ.get("TRUSTED_PROXY_HEADER", "X-Forwarded-For"))

# Request size, explicit: nginx refuses bodies over 1 MiB first (deploy/nginx.conf.in); this
# holds when gunicorn is reached directly. Nothing on this site takes a file: a multipart body with
# a file in it is a 400 as soon as the parser meets the file's header (DATA_UPLOAD_MAX_NUMBER_FILES),
# before its content is read; and only the in-memory handler is configured, so nothing posted is
# ever written to disk.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 0
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.MemoryFileUploadHandler"]

# Saved cases are purged this many months after their last change (manage.py purge_cases).
CASE_RETENTION_MONTHS = int(os.environ.get("CASE_RETENTION_MONTHS", "24"))
# Anonymous gap counts are purged this many months after the day they were counted (manage.py purge).
GAP_RETENTION_MONTHS = int(os.environ.get("GAP_RETENTION_MONTHS", "24"))
# A programme or offering last verified longer ago than this is listed for a check.
CATALOGUE_STALE_MONTHS = int(os.environ.get("CATALOGUE_STALE_MONTHS", "6"))
# The reason given when publishing lands in the history in full, not cut at 100 characters.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's request logger prints full URLs and bodies of errors; we log our own lines.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Our own one-line-per-request log: route pattern, status, duration; never answers.
        "werkroute.requests": {"handlers": ["console"], "level": os.environ.get("REQUEST_LOG_LEVEL", "INFO"),
                               "propagate": False},
    },
}
