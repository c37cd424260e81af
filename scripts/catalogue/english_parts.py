"""English texts of the published programmes' conditions and offerings (truth_english.py says how
they are written)."""

from __future__ import annotations

from truth_programmes import T

# (programme, order) → (question_en for the professional, client_text_en for the client).
CONDITIONS: dict[tuple[str, int], tuple[str, str]] = {
    ("actief-herstel", 1): (
        "Does the client attend day activities at Mediant?", "Do you go to day activities at Mediant?"),
    ("actief-herstel", 2): (
        T("Does the client live outside Enschede? Then Actief herstel is possible after consultation with",
          "the gemeente. Ask Mediant to discuss this with the gemeente."),
        "Do you not live in Enschede? Then the gemeente first has to agree."),
    ("actief-herstel", 3): (
        T("Does the client have a benefit from the UWV? Then Actief herstel is possible after consultation",
          "with the gemeente. Ask Mediant to discuss this with the gemeente."),
        "Do you have a benefit from the UWV? Then the gemeente first has to agree."),
    ("arbeidsgerichte-dagbesteding", 1): (
        T("Does the client want to go to work from the GGZ or from day activities, and are the",
          "work-oriented day activities in Noordoost-Brabant still running?"),
        "Do you want to go to work from day activities? Ask whether this approach is still available."),
    ("benefits-counselor", 1): (
        "Does DOCK work in the client's gemeente? DOCK covers only part of Holland Rijnland.",
        "Ask your klantmanager or therapist whether there is a benefits counselor near you."),
    ("benefits-counselor", 2): (
        "Is there still a benefits counselor in the region, and who provides it?",
        "Ask your klantmanager whether there is a benefits counselor near you."),
    ("clubhuis-de-waterheuvel", 1): (
        T("Does the client live outside Amsterdam? Ask the Waterheuvel whether the client can become a",
          "member, and whether the client can come to the clubhouse in Amsterdam regularly."),
        "Do you live outside Amsterdam? Then ask the Waterheuvel whether you can become a member."),
    ("dagbesteding-en-activering", 1): (
        "Does the client have a Wmo decision for day activities, or has one been applied for?",
        T(
            "Do you already have a decision from the gemeente for day",
            "activities? If not, you can apply for one.")),
    ("ips-via-gemeente", 1): (
        "Does the client's gemeente buy IPS for people with a benefit?",
        "Ask your klantmanager whether your gemeente offers IPS to people with a benefit."),
    ("ips-via-gemeente", 2): (
        "A UWV benefit? Ask whether the gemeente also buys IPS for people with a UWV benefit.",
        "Do you have a benefit from the UWV? Then ask whether the gemeente also does this for you."),
    ("ips-cmd", 1): (
        "Is IPS-CMD offered in the client's region, and is there a budget (gemeente or UWV)?",
        "Ask your klantmanager or therapist whether IPS-CMD is possible in your region."),
    ("ips-cmd", 2): (
        "No benefit? Ask the gemeente whether it pays for IPS-CMD.",
        "Do you not have a benefit? Then ask your gemeente whether it can pay for this for you."),
    ("ips", 1): (
        T(
            "Has the client been in care or support with a GGZ",
            "organisation or sheltered housing for at least a year?"),
        "Have you had care or support from the GGZ or sheltered housing for at least a year?"),
    ("ips", 2): (
        T(
            "Does the client want an ordinary paid job or a regular",
            "course (not day activities or sheltered work)?"),
        "Do you want to work in an ordinary job or do an ordinary course?"),
    ("ips", 3): (
        "No benefit? Then it depends on the gemeente whether it pays for IPS. Ask the gemeente.",
        "Do you not have a benefit? Then ask your gemeente whether it can pay for IPS for you."),
    ("ips", 4): (
        T("Does the client's GGZ institution offer IPS? In 2020 IPS was used in this region; the source",
          "does not say which institution provided it."),
        "Ask your therapist whether your GGZ institution offers IPS."),
    ("ips", 5): (
        "Does GGZ Noord-Holland-Noord still offer IPS? The source is from 2013–2015.",
        "Ask your therapist at GGZ Noord-Holland-Noord whether IPS is still available there."),
    ("jobcoaching", 1): (
        "Does the client have a job, or is the client starting one soon?",
        "Do you have work, or are you starting work soon?"),
    ("jobcoaching", 2): (
        "Ziektewet: the UWV decides whether a job coach is needed (assessment).",
        "Are you coming from the Ziektewet? Then the UWV decides whether you get a job coach."),
    ("jobcoaching", 3): (
        "Is the client in the target group register of the jobs agreement (doelgroepregister banenafspraak)?",
        T("Are you in the target group register of the jobs agreement (doelgroepregister banenafspraak)?",
          "Your klantmanager can check this.")),
    ("jobcoaching", 4): (
        T("No benefit? Does the client have a proven limitation? Some gemeenten then pay for a job coach",
          "even without a benefit."),
        "Do you not have a benefit? Then ask your gemeente whether you can still get a job coach."),
    ("krachtwerk", 1): (
        "Is Krachtwerk still offered in the region, and by whom?",
        "Ask your klantmanager or therapist whether Krachtwerk is still available."),
    ("meer-grip-op-werk", 1): (
        T("Is Meer grip op Werk still given in Noord-Holland Noord, and for whom? Ask the gemeente, the UWV",
          "or the GGZ institution."),
        "Ask your klantmanager or therapist whether this course is still available."),
    ("uwv-naar-werk", 1): (
        "According to the UWV, is the client able to resume work?",
        "Does the UWV think that you can start working now?"),
    ("participatiecoach-holland-rijnland", 1): (
        T(
            "Is the training as a participation coach in Holland Rijnland",
            "still given, and by which client organisation?"),
        "Ask your klantmanager or therapist whether this training is still available."),
    ("participatieve-aanpak-op-de-werkplek", 1): (
        T("Is there a workplace where the client works or will reintegrate, and does the employer take",
          "part? Is there a process guide (for example through the company doctor)?"),
        "Does your employer want to take part? Ask your manager or company doctor."),
    ("de-harde-leerschool", 1): (
        "Has the client not been active on the labour market or in education for more than a year?",
        "Have you had no work or education for more than a year?"),
    ("de-harde-leerschool", 2): (
        "Does the client want to join a group programme with a lot of sport, mainly rugby?",
        "Do you want to take part in a group in which you do a lot of sport, mainly rugby?"),
    ("de-harde-leerschool", 3): (
        T("A UWV benefit? Ask De Harde Leerschool or the referrer how taking part is paid for; the source",
          "only mentions budgets and funds of gemeenten and the justice system."),
        "Do you have a benefit from the UWV? Then ask how your participation is paid for."),
    ("gemeentelijke-re-integratie", 1): (
        "Does the client's gemeente also offer support towards work to people without a benefit?",
        "Do you not have a benefit? Then ask your gemeente whether you can still get help."),
    ("sterk-met-werk", 1): (
        "Are the client's reintegration and income support the responsibility of the gemeente (bijstand)?",
        "Do you get your benefit from the gemeente?"),
    ("sterk-met-werk-of-scholing", 1): (
        "Is the young person stuck in education or work, or at risk of dropping out of school?",
        "Are you stuck at school or in finding work?"),
    ("sterk-met-werk-of-scholing", 2): (
        T("A UWV benefit, for example Wajong? Ask the gemeente whether taking part in Sterk met Werk of",
          "Scholing is possible."),
        T(
            "Do you have a benefit from the UWV, such as Wajong? Then",
            "ask the gemeente whether you can take part.")),
    ("werk-als-beste-zorg", 1): (
        "Is the client motivated to work?", "Would you like to work?"),
    ("werk-als-beste-zorg", 2): (
        "Does the client have (limited) ability to work, so that job brokering can start?",
        "Can you work (a few hours), if you get help with it?"),
    ("werk-als-beste-zorg", 3): (
        T("No benefit? For the Drechtsteden the sources only mention clients of the Sociale Dienst and the",
          "UWV. Ask the Sociale Dienst Drechtsteden whether Werk als Beste Zorg is then possible."),
        "Do you not have a benefit? Then ask your therapist whether this is still possible."),
    ("uwv-werkfit-maken", 1): (
        "Does the UWV see prospects of work, while the client is not yet directly ready for work?",
        "Does the UWV think that you can work later, but not yet now?"),
}

_IPS_2020_REGIONS = T(
    "In 2020 these regions used IPS through the cooperation GGZ and Work & Income. The source does not say",
    "which GGZ institutions provide it: ask the therapist whether the client's own institution offers IPS.",
    "Rijk van Nijmegen had the most programmes (68); the gemeente Nijmegen made €700,000 available for IPS",
    "for people on bijstand, until June 2022. In Holland Rijnland there were 8 programmes for people who",
    "fell between two stools; in Midden-Holland all 10 participants started work. The study speaks of",
    "‘Stedendriehoek and Noordwest Veluwe’; in the CBS division of 2026 that is Veluwe Stedendriehoek.")
_WABZ_TWENTE = T(
    "Since January 2020, with at least 30 clients in 2020. Also for milder problems and for people without",
    "a benefit. Health insurer Menzis paid part for a time.")
_WABZ_KEY = "They call in the key figure for Werk als Beste Zorg."
_UWV_PROVIDERS = "Delivered by recognised reintegration companies with a framework agreement with the UWV."

# (programme, provider) → (contact_en, contact_professional_en, note_en); "" where the Dutch is empty.
OFFERINGS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("actief-herstel", "mediant"): (
        "Your support worker at the day activities of Mediant (Pazzage).",
        "The support worker at the day activities of Mediant (Pazzage).",
        T("For clients of Mediant in the day activities. People living in Enschede can take part; others in",
          "Twente after consultation with the gemeente.")),
    ("arbeidsgerichte-dagbesteding", "regionale-samenwerking-ggz-wi"): (
        T("The Wmo desk or the regional employment service in Noordoost-Brabant (the Wmo and the employment",
          "service do the intake together), or your therapist at the GGZ."),
        T("The Wmo desk or the regional employment service in Noordoost-Brabant (the Wmo and the employment",
          "service do the intake together), or the therapist at the GGZ."),
        T(
            "Joint department of the GGZ, the employment service and the",
            "Wmo with a job coach; described for 2020.")),
    ("benefits-counselor", "dock"): (
        T(
            "Through your therapist at the GGZ or your klantmanager at the",
            "gemeente; or at the social advisers of DOCK."),
        T(
            "Through the therapist at the GGZ or the klantmanager at the",
            "gemeente; or at the social advisers of DOCK."),
        "Works in part of Holland Rijnland; referral often from the GGZ. Described for 2020."),
    ("benefits-counselor", "regionale-samenwerking-ggz-wi"): (
        "Ask your klantmanager at the gemeente about the benefits counselor.",
        "The klantmanager at the gemeente: ask about the benefits counselor.",
        "In 2020, 30 clients used a benefits counselor; the source does not name the provider."),
    ("clubhuis-de-waterheuvel", "clubhuis-de-waterheuvel"): (
        "Clubhouse the Waterheuvel in Amsterdam.",
        "",
        T("Based in Amsterdam; in practice mainly for people living in or near Amsterdam. Anyone living",
          "outside Amsterdam can ask to become a member.")),
    ("dagbesteding-en-activering", "gemeente"): (
        "The Wmo desk or the social team of your gemeente.",
        "The Wmo desk or the social team of the gemeente where the client lives.",
        "Every gemeente; what is offered and who provides day activities differ per gemeente."),
    ("ips-via-gemeente", "gemeente"): (
        "Your klantmanager Work and Income at the gemeente.",
        "The klantmanager Work and Income at the gemeente.",
        T(
            "Not everywhere: it depends on the gemeente. In 2020 in",
            "three regions, which the source does not name.")),
    ("ips-cmd", "regionale-samenwerking-ggz-wi"): (
        T("Ask your klantmanager at the gemeente or your werkcoach at the UWV whether IPS for milder mental",
          T(
              "health problems is possible in your region. Your GP or",
              "practice nurse can help you think it over.")),
        T("Ask the klantmanager at the gemeente or the werkcoach at the UWV whether IPS for milder mental",
          "health problems is possible in the region. The GP or practice nurse can help think it over."),
        "In 2020 mentioned for Midden-Holland and Holland Rijnland."),
    ("ips", "ggz-noord-holland-noord"): (
        "Ask your therapist at GGZ Noord-Holland-Noord whether IPS is available.",
        "Ask the therapist at GGZ Noord-Holland-Noord whether IPS is available.",
        "Source from 2013–2015: check whether GGZ Noord-Holland-Noord still offers IPS."),
    ("ips", "regionale-samenwerking-ggz-wi"): (
        T("Ask your therapist at your GGZ institution whether it offers IPS. The IPS job coach arranges the",
          "payment with your klantmanager at the gemeente or your werkcoach at the UWV."),
        T("Ask the therapist at the client's GGZ institution whether it offers IPS. The IPS job coach",
          "arranges the payment with the klantmanager at the gemeente or the werkcoach at the UWV."),
        _IPS_2020_REGIONS),
    ("ips", "vincent-van-gogh"): (
        "Ask your therapist at Vincent van Gogh about IPS.",
        "Ask the therapist at Vincent van Gogh about IPS.",
        "Vincent van Gogh works with IPS in the region Midden-Limburg (website consulted April 2025)."),
    ("ips", "yulius"): (
        T(
            "Yulius does not offer IPS in the Drechtsteden. Ask your",
            "therapist at Yulius about Werk als Beste Zorg."),
        T(
            "Yulius does not offer IPS in the Drechtsteden. Ask the",
            "therapist at Yulius about Werk als Beste Zorg."),
        T("According to the evaluation report of Werk als Beste Zorg (Erasmus MC, 2022), Yulius does not",
          "offer IPS in the Drechtsteden. Yulius does offer Werk als Beste Zorg there.")),
    ("jobcoaching", "gemeente"): (
        T("Your klantmanager Work and Income at the gemeente. They can also check whether you are in the",
          "target group register of the jobs agreement (doelgroepregister banenafspraak)."),
        T("The klantmanager Work and Income at the gemeente. They can also check whether the client is in",
          "the target group register of the jobs agreement (doelgroepregister banenafspraak)."),
        T("For people with a work limitation in the target group of the jobs agreement, often on bijstand;",
          "how it is used differs per gemeente.")),
    ("jobcoaching", "uwv"): (
        "Your arbeidsdeskundige or werkcoach at the UWV (with Wajong, WIA or coming from the Ziektewet). "
        "Your employer can also help.",
        "The arbeidsdeskundige or werkcoach at the UWV (with Wajong, WIA or coming from the Ziektewet). "
        "The employer can also help.",
        T(
            "For Wajong, WIA/WGA and people coming from the Ziektewet;",
            "recognised job coaches across the country.")),
    ("krachtwerk", "regionale-samenwerking-ggz-wi"): (
        T("Ask your klantmanager at the gemeente or your therapist at the GGZ whether Krachtwerk is still",
          "available in your region."),
        T("Ask the klantmanager at the gemeente or the therapist at the GGZ whether Krachtwerk is still",
          "available in the region."),
        T("Described for 2020. The study of the regional cooperation speaks of ‘Stedendriehoek and",
          "Noordwest Veluwe’; in the CBS division of 2026 that is Veluwe Stedendriehoek.")),
    ("meer-grip-op-werk", "regionale-samenwerking-ggz-wi"): (
        T("Ask your therapist at the GGZ or your klantmanager at the gemeente whether the course in",
          "Noord-Holland Noord is still available."),
        T("Ask the therapist at the GGZ or the klantmanager at the gemeente whether the course in",
          "Noord-Holland Noord is still available."),
        "Within the regional cooperation GGZ and Work & Income; described for 2020."),
    ("uwv-naar-werk", "uwv"): (
        "Your werkcoach or arbeidsdeskundige at the UWV. Together you choose a reintegration company.",
        T(
            "The werkcoach or arbeidsdeskundige at the UWV, who chooses a",
            "reintegration company together with the client."),
        _UWV_PROVIDERS),
    ("participatiecoach-holland-rijnland", "regionale-samenwerking-ggz-wi"): (
        "Ask your klantmanager at the gemeente or your therapist at the GGZ.",
        "Ask the klantmanager at the gemeente or the therapist at the GGZ.",
        "Through the client organisation in Holland Rijnland (name not in the source); described for 2020."),
    ("participatieve-aanpak-op-de-werkplek", "werkgever"): (
        "Your manager, or the company doctor or occupational health service of your employer.",
        "The manager, or the company doctor or occupational health service of the employer.",
        "At the workplace where the person works or will reintegrate."),
    ("de-harde-leerschool", "de-harde-leerschool"): (
        "Stichting De Harde Leerschool, or your klantmanager at the gemeente.",
        "Stichting De Harde Leerschool, or the klantmanager at the gemeente.",
        "National, sometimes through rugby clubs."),
    ("gemeentelijke-re-integratie", "gemeente"): (
        T("Your klantmanager Work and Income at the gemeente (social services, Werkplein or employment",
          "service). Do you not have a benefit? Ask the gemeente whether you can still get help."),
        T("The klantmanager Work and Income at the gemeente (social services, Werkplein or employment",
          "service). Without a benefit: ask the gemeente whether the client can still get help."),
        "Every gemeente; the offer and access for people without a benefit differ per gemeente."),
    ("sterk-met-werk", "wsp-midden-utrecht"): (
        "Your klantmanager Work and Income at your gemeente in the region Midden-Utrecht.",
        "The klantmanager Work and Income at the gemeente in the region Midden-Utrecht.",
        "Delivered by the gemeente's reintegration company."),
    ("sterk-met-werk-of-scholing", "gemeente"): (
        "Your klantmanager Work and Income at your gemeente in the region Groot-Amsterdam.",
        "The klantmanager Work and Income at the gemeente in the region Groot-Amsterdam.",
        T("The desk research names Groot-Amsterdam; the provider (the gemeente's reintegration company) is",
          "not named.")),
    ("sterk-met-werk-of-scholing", "wsp-midden-utrecht"): (
        "Your klantmanager Work and Income at your gemeente in the region Midden-Utrecht.",
        "The klantmanager Work and Income at the gemeente in the region Midden-Utrecht.",
        "Delivered by the gemeente's reintegration company."),
    ("werk-als-beste-zorg", "dimence"): (
        T(T(
            "Tell your therapist or job guide at Dimence that you want",
            "to work, or ask your klantmanager at the"),
          "gemeente or your werkcoach at the UWV.", _WABZ_KEY),
        T("Through the therapist or job guide at Dimence, the klantmanager at the gemeente or the werkcoach",
          "at the UWV.", _WABZ_KEY),
        T("With Mediant, gemeenten in Twente and the UWV, with key figures.", _WABZ_TWENTE)),
    ("werk-als-beste-zorg", "mediant"): (
        T(T(
            "Tell your therapist or job guide at Mediant that you want",
            "to work, or ask your klantmanager at the"),
          "gemeente or your werkcoach at the UWV.", _WABZ_KEY),
        T("Through the therapist or job guide at Mediant, the klantmanager at the gemeente or the werkcoach",
          "at the UWV.", _WABZ_KEY),
        T("With Dimence, gemeenten in Twente and the UWV, with key figures.", _WABZ_TWENTE)),
    ("werk-als-beste-zorg", "vincent-van-gogh"): (
        "Tell your therapist at Vincent van Gogh that you want to work.",
        "Through the therapist at Vincent van Gogh: discuss that the client wants to work.",
        "According to the desk research (website of Vincent van Gogh, consulted April 2025)."),
    ("werk-als-beste-zorg", "yulius"): (
        T("Tell your therapist or job guide at Yulius that you want to work. Yulius refers you to the",
          "Sociale Dienst Drechtsteden (Baanbrekend Drechtsteden)."),
        T("Through the therapist or job guide at Yulius. Yulius refers the client to the Sociale Dienst",
          "Drechtsteden (Baanbrekend Drechtsteden)."),
        T("With the Sociale Dienst Drechtsteden and the UWV (Baanbrekend Drechtsteden); only for adults with",
          "a severe mental illness who are in treatment at Yulius. The UWV wants clients with a UWV benefit",
          "to be referred directly to the UWV. The sources contradict each other on the UWV's IPS grant.",
          "According to the study of the regional cooperation Work & Income and GGZ (January 2021), Werk als",
          "Beste Zorg has qualified for the UWV grant for IPS since 1 September 2020. According to the",
          "evaluation report of Erasmus MC (2022), the IPS grant could not be used in the Drechtsteden,",
          "because Yulius does not offer IPS there. Ask the UWV or the Sociale Dienst Drechtsteden how it",
          "stands now.")),
    ("uwv-werkfit-maken", "uwv"): (
        "Your werkcoach or arbeidsdeskundige at the UWV. Together you choose a reintegration company.",
        T(
            "The werkcoach or arbeidsdeskundige at the UWV, who chooses a",
            "reintegration company together with the client."),
        _UWV_PROVIDERS),
}
