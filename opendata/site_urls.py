from django.urls import path

from opendata import site_views

urlpatterns = [
    path("sitemap.xml", site_views.sitemap, name="sitemap"),
    path("robots.txt", site_views.robots_txt, name="robots_txt"),
]
