"""Site-wide middleware: one structured log line per request."""

import json
import logging
import time

from django.http import HttpRequest, HttpResponse

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
