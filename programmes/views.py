from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def programme_list(request: HttpRequest) -> HttpResponse:
    return render(request, "programmes/programme_list.html")
