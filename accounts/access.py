"""Who may open which page: anonymous visitors go to the login page, others get a 403."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from accounts import roles


def professional_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not roles.is_professional(request.user):
            raise PermissionDenied("Alleen voor professionals.")
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def curator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not roles.is_curator(request.user):
            raise PermissionDenied("Alleen voor beheerders van de catalogus.")
        return view(request, *args, **kwargs)

    return login_required(wrapped)
