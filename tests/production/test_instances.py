"""Several gunicorn instances, one state: what one instance saves or counts, every instance knows."""

from __future__ import annotations

import json
import re
import time

import redis

from tests.production.conftest import give_second_factor, manage
from tests.production.web import Visitor, form_fields, request

THROTTLED = "te vaak een verkeerd wachtwoord"


def upstreams(lines: list[str], path: str, method: str = "GET") -> list[str]:
    found = []
    for line in lines:
        if f'"{method} {path} ' in line:
            found.append(re.search(r"upstream=(\S+)", line).group(1))
    return found


def test_nginx_spreads_requests_over_every_instance(stack, access_log, fresh_address):
    for _ in range(4 * len(stack.instances)):
        assert request(stack.url, "GET", "/healthz", source=fresh_address()).status == 200
    used = set(upstreams(access_log.lines(), "/healthz"))
    assert used == {stack.upstream(url) for url in stack.instances}


def test_plain_http_is_redirected_to_https(stack):
    response = request(stack.http_url, "GET", "/catalogus/")
    assert response.status == 301
    assert response.header("Location") == stack.url + "/catalogus/"


def _organisation_on_a_published_programme() -> dict:
    script = (
        "import json; from programmes.models import Offering;"
        "o = Offering.objects.filter(programme__status='published').select_related('provider', 'programme')"
        ".order_by('programme__slug').first();"
        "print(json.dumps({'pk': o.provider.pk, 'name': o.provider.name, 'slug': o.programme.slug}))"
    )
    return json.loads(manage("shell", "-c", script).strip().splitlines()[-1])


def test_a_catalogue_change_saved_through_one_instance_is_served_by_the_other_within_the_recheck_interval(
    stack, make_account, figures
):
    first, other = stack.instances[0], stack.instances[1]
    target = _organisation_on_a_published_programme()
    page = f"/catalogus/{target['slug']}/"
    assert target["name"] in request(other, "GET", page).text  # the other instance has the old name
    new_name = f"{target['name']} (nieuw {time.time_ns() % 10**6})"

    # A curator saves the organisation in the admin of the first instance.
    username, password = make_account(superuser=True)
    curator = Visitor(first)
    curator.get("/beheer/login/")
    assert curator.post("/beheer/login/", {"username": username, "password": password,
                                           "next": "/beheer/"}).status == 302
    give_second_factor(curator, username)
    change = f"/beheer/programmes/organisation/{target['pk']}/change/"
    fields = [(k, v) for k, v in form_fields(curator.get(change).text, "organisation_form") if k != "name"]
    # Every worker has just checked the catalogue: the change has to wait for the next re-check.
    for base in (other, stack.url):
        for _ in range(6):
            assert target["name"] in request(base, "GET", page).text
    saved = curator.post(change, [*fields, ("name", new_name), ("_save", "Opslaan")])
    assert saved.status == 302, saved.text[:2000]
    saved_at = time.monotonic()

    # Poll the other instance and nginx until each served the new name ten times in a row.
    first_seen: dict[str, float] = {}
    last_old = 0.0
    streak = {other: 0, stack.url: 0}
    deadline = saved_at + stack.recheck_seconds + 10
    while min(streak.values()) < 10:
        assert time.monotonic() < deadline, "the change did not reach every worker"
        for base in streak:
            body = request(base, "GET", page).text
            now = time.monotonic() - saved_at
            if new_name in body:
                first_seen.setdefault(base, now)
                streak[base] += 1
            else:
                last_old, streak[base] = now, 0
        time.sleep(0.05)
    assert first_seen[other] <= stack.recheck_seconds + 1
    assert last_old <= stack.recheck_seconds + 1
    # And directly on every instance, every worker.
    for base in stack.instances:
        for _ in range(6):
            assert new_name in request(base, "GET", page).text, base
    figures["propagation_seconds_first_seen_on_other_instance"] = round(first_seen[other], 2)
    figures["propagation_seconds_last_old_answer"] = round(last_old, 2)
    figures["recheck_seconds"] = stack.recheck_seconds


def test_six_wrong_passwords_spread_over_both_instances_lock_the_account_on_both(
    stack, make_account, access_log, fresh_address, figures
):
    username, password = make_account()
    # One login form, then every attempt from another address: only the per-account count can lock.
    visitor = Visitor(stack.url, source=fresh_address())
    visitor.get("/inloggen")
    statuses = []
    for _ in range(6):
        visitor.source = fresh_address()
        response = visitor.post("/inloggen", {"username": username, "password": "fout-wachtwoord"})
        statuses.append(response.status)
    assert statuses == [422, 422, 422, 422, 422, 429]
    assert THROTTLED in response.text

    # The count lives in the shared Redis: five failures under the hashed account key.
    store = redis.Redis.from_url(stack.cache_url)
    counts = [int(store.get(key)) for key in store.keys("werkroute:1:login-failures:account:*")
              if store.ttl(key) > 0]
    assert 5 in counts

    # The right password, from yet another address, is refused by every instance.
    for _ in range(len(stack.instances)):
        visitor.source = fresh_address()
        refused = visitor.post("/inloggen", {"username": username, "password": password})
        assert refused.status == 429
        assert THROTTLED in refused.text
    for base in stack.instances:
        direct = Visitor(base)
        direct.get("/inloggen")
        refused = direct.post("/inloggen", {"username": username, "password": password})
        assert refused.status == 429, base
        assert "_auth_user_id" not in refused.text
    posts = upstreams(access_log.lines(), "/inloggen", "POST")
    assert set(posts) == {stack.upstream(url) for url in stack.instances}, posts
    figures["lockout_wrong_passwords_over_instances"] = statuses.count(422)
    figures["lockout_attempts_per_instance"] = {up: posts.count(up) for up in sorted(set(posts))}
