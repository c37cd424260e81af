"""The admin (/beheer/) only for staff who logged in with both factors (django-otp)."""

from __future__ import annotations

from django.contrib.admin import AdminSite
from django.shortcuts import redirect
from django.urls import reverse

from accounts import twofactor


class VerifiedAdminSite(AdminSite):
    def has_permission(self, request) -> bool:
        return super().has_permission(request) and twofactor.is_verified(request.user)

    def login(self, request, extra_context=None):
        # Password right, second factor still to come: to the code page, then back here.
        user = request.user
        if request.method == "GET" and user.is_active and user.is_staff and not twofactor.is_verified(user):
            return redirect(twofactor.next_step_url(user, request.GET.get("next") or reverse("admin:index")))
        return super().login(request, extra_context)
