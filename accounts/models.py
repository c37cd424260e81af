"""No tables: one unmanaged model that carries the roles' permissions (Django needs a model for
permissions). The groups `professional` and `curator` get these (see accounts.roles)."""

from django.db import models


class Role(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("work_with_cases", "Mag casussen vastleggen en begeleiden (professional)"),
            ("curate_catalogue", "Mag de catalogus beheren en de overzichten zien (beheerder)"),
        ]
        verbose_name = "rol"
        verbose_name_plural = "rollen"

    def __str__(self) -> str:
        return "rol"
