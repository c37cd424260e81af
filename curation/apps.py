from django.apps import AppConfig


class CurationConfig(AppConfig):
    """The curators' side: overviews (programmes to check, gaps, coverage), the effect of
    publishing and the publish button. Sits on top of `programmes`, `triage` and `accounts`;
    only `config` imports it.
    """

    name = "curation"
    verbose_name = "Beheer en overzichten"

    def ready(self):
        # The catalogue's admin links to the effect of publishing without knowing this app.
        from curation.views import effect_url
        from programmes.admin import ProgrammeAdmin

        ProgrammeAdmin.effect_url = staticmethod(effect_url)
