"""Loaded with -p before Django starts: lets a bare `pytest` run without production secrets."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-that-is-long-enough-for-the-checks-0123456789")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("STATIC_MANIFEST", "0")  # no collectstatic before tests
# The test client and the live server speak plain http; production redirects to https.
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
# Tests change the catalogue between requests: re-check it on every request.
os.environ.setdefault("CATALOGUE_RECHECK_SECONDS", "0")
