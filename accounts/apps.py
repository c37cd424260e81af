from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Login, throttling and the two roles (professional, curator), checked by permission.

    Imports no other app: `triage`, `casework` and `curation` ask it who may do what.
    """

    name = "accounts"
    verbose_name = "Accounts en rollen"
