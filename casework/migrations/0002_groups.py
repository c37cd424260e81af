"""The groups `professional` and `curator` (see casework.roles)."""

from django.db import migrations


def create_groups(apps, schema_editor):
    from casework.roles import setup_groups

    setup_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("programmes", "0001_initial"),
        ("triage", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
