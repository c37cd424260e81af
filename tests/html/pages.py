"""The pages the HTML checks read: every public page and the professional's and curator's pages,
in every state, as HTML strings by name (for the Nu HTML Checker and the heading order test)."""

from django.test import Client

from tests.factories import make_curator, make_professional

# A Yulius client in Dordrecht: every question is asked, and the result has fits.
PERSONA = [
    ("om-wie", "mental"), ("zorg", "specialist_ggz"), ("ggz-instelling", "yulius"), ("ernst", "severe"),
    ("werksituatie", "job_seeking"), ("uitkering", "bijstand"), ("wens", "paid_work_now"),
    ("woonplaats", "Dordrecht"), ("leeftijd", "35"),
]


def collect(client: Client, pages: dict[str, str], name: str, response) -> None:
    assert response.status_code in {200, 400, 404, 422}, (name, response.status_code)
    assert response["Content-Type"].startswith("text/html"), name
    pages[name] = response.content.decode()


def answer_everything(client: Client, pages: dict[str, str] | None = None) -> None:
    for slug, value in PERSONA:
        if pages is not None:
            collect(client, pages, f"vraag-{slug}", client.get(f"/vraag/{slug}"))
            empty = client.post(f"/vraag/{slug}/antwoord", {"answer": ""})
            collect(client, pages, f"vraag-{slug}-fout", empty)
        response = client.post(f"/vraag/{slug}/antwoord", {"answer": value})
        assert response.status_code == 302, (slug, response.status_code)


def public_pages() -> dict[str, str]:
    from programmes.snapshot import build_catalogue

    client = Client()
    pages: dict[str, str] = {}
    for name, path in [("start", "/"), ("stroomschema", "/stroomschema"), ("catalogus", "/catalogus/"),
                       ("catalogus-filter", "/catalogus/?benefit=bijstand&wish=paid_work_now"),
                       ("catalogus-fout", "/catalogus/?municipality=Atlantis"), ("privacy", "/privacy"),
                       ("toegankelijkheid", "/toegankelijkheid"), ("werkwijze", "/werkwijze"),
                       ("inloggen", "/inloggen"),
                       ("weer", "/weer"), ("niet-gevonden", "/bestaat-niet")]:
        collect(client, pages, name, client.get(path))
    for programme in build_catalogue().programmes:
        if programme.status in {"published", "ended"}:
            collect(client, pages, f"traject-{programme.slug}", client.get(f"/catalogus/{programme.slug}/"))
    collect(client, pages, "inloggen-fout", client.post("/inloggen", {"username": "x", "password": "y"}))
    answer_everything(client, pages)
    collect(client, pages, "overzicht", client.get("/overzicht"))
    collect(client, pages, "resultaat", client.get("/resultaat"))
    return pages


def professional_pages() -> dict[str, str]:
    pages: dict[str, str] = {}
    professional = Client()
    professional.force_login(make_professional())
    collect(professional, pages, "casussen-leeg", professional.get("/casussen/"))
    answer_everything(professional)
    collect(professional, pages, "casus-nieuw", professional.get("/casussen/nieuw"))
    saved = professional.post("/casussen/opslaan",
                              {"reference": "KdK-001", "consent": "on", "chosen": "werk-als-beste-zorg"})
    assert saved.status_code == 302, saved.content.decode()[:500]
    collect(professional, pages, "casus", professional.get(saved["Location"]))
    collect(professional, pages, "casus-verslag", professional.get(f"{saved['Location']}verslag"))
    collect(professional, pages, "casussen", professional.get("/casussen/"))
    curator = Client()
    curator.force_login(make_curator())
    for name, path in [("overzichten", "/overzichten/"), ("witte-vlekken", "/overzichten/witte-vlekken"),
                       ("dekking", "/overzichten/dekking"), ("effect", "/overzichten/effect/ips")]:
        collect(curator, pages, name, curator.get(path))
    # The workbench: a draft's effect page (with a failed publish), its preview, the map of one kind.
    from programmes import drafts
    from programmes.models import Programme

    draft = drafts.start_draft(Programme.objects.get(slug="ips"))
    draft.benefits = ["ww"]
    draft.save()
    collect(curator, pages, "effect-concept", curator.get("/overzichten/effect/ips"))
    collect(curator, pages, "effect-zonder-reden", curator.post("/overzichten/effect/ips/publiceren", {}))
    preview = "/overzichten/effect/ips/voorbeeld?persona=half-beantwoord"
    collect(curator, pages, "voorbeeld", curator.get(preview))
    collect(curator, pages, "dekking-ips", curator.get("/overzichten/dekking?soort=ips"))
    # The map of one programme, the gap map with counts and a chosen region, and their form errors.
    from programmes.models import Region
    from triage.models import GapRecord

    for region in Region.objects.order_by("code")[:3]:
        GapRecord.objects.bulk_create(GapRecord(region=region, benefit="ww", wish="skills") for _ in range(9))
    collect(curator, pages, "dekking-traject-ips", curator.get("/overzichten/dekking?traject=ips"))
    both = curator.get("/overzichten/dekking?soort=ips&traject=ips")
    collect(curator, pages, "dekking-soort-en-traject", both)
    collect(curator, pages, "witte-vlekken-kaart", curator.get("/overzichten/witte-vlekken?uitkering=ww"))
    collect(curator, pages, "witte-vlekken-regio", curator.get("/overzichten/witte-vlekken?regio=AM01"))
    collect(curator, pages, "witte-vlekken-fout", curator.get("/overzichten/witte-vlekken?regio=AM99"))
    # "Herstel deze versie" of an organisation: its history, the confirmation page, a refused restore.
    from programmes import services
    from programmes.models import Organisation

    organisation = Organisation.objects.order_by("pk").first()
    services.record_missing_history()
    first = organisation.history.get()
    organisation.name = f"{organisation.name} (gewijzigd)"
    services.save_versioned(organisation, expected_version=organisation.version)
    history = f"/beheer/programmes/organisation/{organisation.pk}/history/"
    collect(curator, pages, "beheer-geschiedenis-organisatie", curator.get(history))
    restore = f"{history}{first.history_id}/herstellen/"
    collect(curator, pages, "beheer-herstellen", curator.get(restore))
    collect(curator, pages, "beheer-herstellen-zonder-reden",
            curator.post(restore, {"reden": "", "expected_version": organisation.version}))
    return pages
