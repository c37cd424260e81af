"""The role permissions and the groups `professional` and `curator` (see accounts.roles)."""

from django.db import migrations, models


def create_groups(apps, schema_editor):
    from accounts.roles import setup_groups

    setup_groups(apps)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("programmes", "0001_initial"),
        ("triage", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="Role",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ],
            options={
                "verbose_name": "rol",
                "verbose_name_plural": "rollen",
                "permissions": [
                    ("work_with_cases", "Mag casussen vastleggen en begeleiden (professional)"),
                    ("curate_catalogue", "Mag de catalogus beheren en de overzichten zien (beheerder)"),
                ],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(create_groups, migrations.RunPython.noop),
    ]
