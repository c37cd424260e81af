"""Who may do what: the two groups, and how they are set up (also used by the data migration)."""

from __future__ import annotations

PROFESSIONAL = "professional"
CURATOR = "curator"

# Curators keep the catalogue: every permission of the programmes app, and they read the gaps.
CURATOR_APPS = ("programmes",)
CURATOR_EXTRA = (("triage", "view_gaprecord"),)


def is_professional(user) -> bool:
    return bool(user.is_authenticated and user.groups.filter(name=PROFESSIONAL).exists())


def is_curator(user) -> bool:
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser or user.groups.filter(name=CURATOR).exists())


def setup_groups(apps, *, create_missing_permissions: bool = True) -> None:
    """Create (or complete) the groups `professional` and `curator`. Safe to run again.

    `apps` is the migration's app registry, or django.apps.apps (tests run without migrations).
    """
    if create_missing_permissions:
        _create_permissions(apps)
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group_model.objects.get_or_create(name=PROFESSIONAL)
    curator, _ = group_model.objects.get_or_create(name=CURATOR)
    wanted = list(permission_model.objects.filter(content_type__app_label__in=CURATOR_APPS))
    for app_label, codename in CURATOR_EXTRA:
        wanted += list(permission_model.objects.filter(content_type__app_label=app_label, codename=codename))
    curator.permissions.add(*wanted)


def _create_permissions(apps) -> None:
    # On a fresh database the permissions are only made after all migrations (post_migrate);
    # make them now so the groups can be given theirs.
    from django.contrib.auth.management import create_permissions

    for label in (*CURATOR_APPS, *(app for app, _ in CURATOR_EXTRA)):
        app_config = apps.get_app_config(label)
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module
