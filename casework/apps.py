from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    """Accounts, saved cases, quick exit and the curators' overviews.

    Depends on `triage` and `programmes`; they never import from here.
    """

    name = "casework"
    verbose_name = "Casussen en overzichten"
