"""Plain helpers for tests at the HTTP boundary."""

from triage import flow


def give_answers(client, answers: dict) -> None:
    """Through the wizard's own form posts, as a person would."""
    for key, value in answers.items():
        response = client.post(f"/vraag/{flow.BY_KEY[key].slug}/antwoord", {"answer": value})
        assert response.status_code == 302, (key, response.status_code)


def load_shipped_catalogue() -> None:
    """fixtures/catalogue.json, loaded the way ensure_catalogue does (the snapshot is told)."""
    from django.core.management import call_command

    from programmes.services import catalogue_changed, record_missing_history

    call_command("loaddata", "catalogue", verbosity=0)
    record_missing_history()
    call_command("import_places", verbosity=0)  # the woonplaatsen (data/), as ensure_catalogue adds them
    catalogue_changed()


def mark_verified(client, user) -> None:
    """As if `user` had also given the second factor (django-otp) in this client's session."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    device, _ = StaticDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
