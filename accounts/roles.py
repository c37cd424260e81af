"""Who may do what: two roles, each a permission, given through the groups of the same name.

A superuser counts as curator (Django gives them every permission) but not as professional:
casework belongs to people who work with clients, and their wording differs from an administrator's.
"""

from __future__ import annotations

PROFESSIONAL = "professional"
CURATOR = "curator"
WORK_WITH_CASES = "accounts.work_with_cases"
CURATE_CATALOGUE = "accounts.curate_catalogue"

# What each group gets: its role, and for curators every permission of the catalogue and view on
# the anonymous gap counts.
GROUP_PERMISSIONS = {
    PROFESSIONAL: (("accounts", "work_with_cases"),),
    CURATOR: (("accounts", "curate_catalogue"), ("triage", "view_gaprecord")),
}
CURATOR_APPS = ("programmes",)


def is_professional(user) -> bool:
    return bool(user.is_authenticated and not user.is_superuser and user.has_perm(WORK_WITH_CASES))


def is_curator(user) -> bool:
    return bool(user.is_authenticated and user.has_perm(CURATE_CATALOGUE))


def can_publish(user) -> bool:
    return bool(is_curator(user) and user.has_perm("programmes.change_programme"))


def setup_groups(apps, *, create_missing_permissions: bool = True) -> None:
    """Create (or complete) the groups `professional` and `curator`. Safe to run again.

    `apps` is the migration's app registry (or django.apps.apps).
    """
    if create_missing_permissions:
        _create_permissions(apps)
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for name, wanted in GROUP_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        permissions = [
            permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in wanted
        ]
        if name == CURATOR:
            permissions += list(permission_model.objects.filter(content_type__app_label__in=CURATOR_APPS))
        group.permissions.add(*permissions)


def _create_permissions(apps) -> None:
    # On a fresh database the permissions are only made after all migrations (post_migrate);
    # make them now so the groups can be given theirs.
    from django.contrib.auth.management import create_permissions

    labels = {app_label for wanted in GROUP_PERMISSIONS.values() for app_label, _ in wanted}
    for label in (*CURATOR_APPS, *sorted(labels)):
        app_config = apps.get_app_config(label)
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module
