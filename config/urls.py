from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from accounts.admin_site import VerifiedAdminSite
from accounts.forms import ThrottledAdminLoginForm
from config import views

# The admin requires the second factor; every app registered its models on this one site already.
# Before its URLs are built: they hold the site's bound login view.
admin.site.__class__ = VerifiedAdminSite

# One address whatever the language: probes, the quick exit and its neutral page (nginx serves
# both itself when no instance answers, deploy/nginx.conf.in), the admin, the APIs, the
# professionals' and curators' pages.
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("weg", views.quick_exit, name="quick_exit"),
    path("weer", views.weather, name="weather"),
    path("beheer/", admin.site.urls),
    path("api/hsds/", include("opendata.urls")),
    path("", include("triage.api_urls")),
    path("", include("opendata.site_urls")),
    path("", include("accounts.urls")),
    path("", include("casework.urls")),
    path("overzichten/", include("curation.urls")),
]

# The pages people browse: Dutch without a prefix, the same page in English under /en/.
urlpatterns += i18n_patterns(
    path("privacy", views.privacy, name="privacy"),
    path("toegankelijkheid", views.accessibility, name="accessibility"),
    path("werkwijze", views.werkwijze, name="werkwijze"),
    path("catalogus/", include("programmes.urls")),
    path("", include("triage.urls")),
    prefix_default_language=False,
)

handler400 = "config.views.bad_request"
handler403 = "config.views.permission_denied"
handler404 = "config.views.page_not_found"
handler500 = "config.views.server_error"

admin.site.site_header = "Werkroute beheer"
admin.site.login_form = ThrottledAdminLoginForm
admin.site.site_title = "Werkroute beheer"
admin.site.index_title = "Catalogus en gebruikers"
