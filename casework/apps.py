from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    """Saved cases: a professional's record of one client's route, through seed 003's five steps.

    Sits on top of `triage`, `programmes` and `accounts`; only `config` imports it.
    """

    name = "casework"
    verbose_name = "Casussen"

    def ready(self):
        # The result page offers "Casus vastleggen" to professionals without knowing this app.
        from accounts.roles import is_professional
        from triage.extensions import ResultPanel, register_result_panel

        register_result_panel(ResultPanel(template="casework/_save_case.html", visible=is_professional))
