"""Site-wide middleware: one structured log line per request."""

import json
import logging
import time

from django.http import HttpRequest, HttpResponse, JsonResponse

from config import views

request_log = logging.getLogger("werkroute.requests")


class RequestLogMiddleware:
    """Logs the route pattern, never the path or query: paths and queries may carry answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        request_log.info(
            json.dumps(
                {
                    "method": request.method,
                    "route": f"/{match.route}" if match else "(unresolved)",
                    "view": match.view_name if match else "",
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "htmx": request.headers.get("HX-Request") == "true",
                },
                separators=(",", ":"),
            )
        )
        return response


NUL_IN_REQUEST = "Het verzoek bevat een ongeldig teken (NUL). Haal het weg en probeer het opnieuw."


class RefuseUnexpectedInputMiddleware:
    """A 400 for NUL characters in the path or query string, before any view sees them: PostgreSQL
    refuses them in text, which would turn a bad admin filter (`?status=%00`) or object id into a
    database error (503, or a 500 where the admin converts the id first) instead of a 400.
    (Uploads are refused by DATA_UPLOAD_MAX_NUMBER_FILES = 0, see settings.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.unexpected(request):
            if request.path.startswith("/api/"):
                # Machines get the API's own error shape.
                return JsonResponse({"errors": {"query": [NUL_IN_REQUEST]}}, status=400,
                                    json_dumps_params={"ensure_ascii": False})
            return views.bad_request(request)
        return self.get_response(request)

    @staticmethod
    def unexpected(request: HttpRequest) -> bool:
        query = request.META.get("QUERY_STRING", "")
        return "\x00" in request.path or "%00" in query or "\x00" in query
