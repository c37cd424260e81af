"""Who may open which page: anonymous visitors go to the login page, others get a 403."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache

from accounts import roles, twofactor


def role_required(has_role, refusal: str):
    """A view decorator: logged in with both factors, and `has_role(user)`; otherwise a 403 with
    `refusal`. Logged in with a password only: first the code (or setting it up). Never kept by a
    cache: these pages show someone's own cases or the catalogue's drafts."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not has_role(request.user):
                raise PermissionDenied(refusal)
            if not twofactor.is_verified(request.user):
                return redirect(twofactor.next_step_url(request.user, request.get_full_path()))
            return view(request, *args, **kwargs)

        return never_cache(login_required(wrapped))

    return decorator


professional_required = role_required(roles.is_professional, "Alleen voor professionals.")
curator_required = role_required(roles.is_curator, "Alleen voor beheerders van de catalogus.")
