"""Who may open which page: anonymous visitors go to the login page, others get a 403."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from casework import roles
from casework.models import Case


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


def own_case(request, key) -> Case:
    """The case, if it is the user's own: someone else's case is a 403, a missing one a 404."""
    case = get_object_or_404(Case, key=key)
    if case.owner_id != request.user.pk:
        raise PermissionDenied("Dit is niet uw casus.")
    return case
