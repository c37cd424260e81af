"""The groups used to be made here; they moved with the roles to accounts (0001_groups).

Kept, empty, so databases that applied it stay consistent."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("casework", "0001_initial")]

    operations = []
