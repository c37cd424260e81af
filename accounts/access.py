"""Who may open which page: anonymous visitors go to the login page, others get a 403."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from accounts import roles


def role_required(has_role, refusal: str):
    """A view decorator: logged in, and `has_role(user)`; otherwise a 403 with `refusal`."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not has_role(request.user):
                raise PermissionDenied(refusal)
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator


professional_required = role_required(roles.is_professional, "Alleen voor professionals.")
curator_required = role_required(roles.is_curator, "Alleen voor beheerders van de catalogus.")
