"""The catalogue in English (issue 16, point 3): per published programme, condition, offering and
kind of support, what each `_en` field is.

Each text translates the Dutch catalogue text it sits beside (itself written from the five source
documents): the same facts, nothing added, plain English at B1. Client texts (summary,
how_to_apply, client_text, contact) speak to "you"; professional texts (description, how_to_refer,
question, contact_professional) speak about "the client". Dutch terms with no English equivalent
stay as they are (bijstand, Wajong, WIA, WW, Ziektewet, UWV, gemeente, GGZ, Wmo, klantmanager,
arbeidsdeskundige, Werkplein: triage/glossary.py explains them); proper names stay names.
"""

from __future__ import annotations

from fixture import Fixture
from truth_programmes import T

# Kind of support (slug) → its English name.
KINDS: dict[str, str] = {
    "ips": "IPS (Individual Placement and Support)",
    "supported-employment": "Supported employment",
    "clubhouse-transitional-work": "Clubhouse and transitional work",
    "work-skills-training": "Work skills training",
    "work-therapy": "Work therapy",
    "broad-tailored-support": "Fully developed broad support towards work",
    "multidisciplinary-care": "Support towards work within multidisciplinary care",
    "step-by-step": "Step-by-step approaches",
    "jobcoaching": "Job coaching",
    "workplace-approach": "Approach at the workplace",
    "uwv-services": "Services of the UWV",
    "municipal-services": "Services of the gemeente",
    "work-and-income-support": "Support on work and income",
}

NOT_IN_SOURCE = "Not stated in the source"

# Programme (slug) → its English texts.
PROGRAMMES: dict[str, dict[str, str]] = {
    "actief-herstel": {
        "name_en": "Actief herstel (Active recovery) – step by step towards (sheltered) work",
        "summary_en": T(
            "Do you go to day activities at Mediant? With Actief herstel (Active recovery) you find out at",
            "your own pace whether (sheltered) work can be a next step. You get two years of support from",
            "the same contact persons. If it does not work out for a while, you can always go back to the",
            "day activities. The programme is for people who live in Enschede; if you live somewhere else,",
            "it may be possible after talks with the gemeente."),
        "description_en": T(
            "Programme for people with a mental health vulnerability who attend day activities at Mediant",
            "and want to find out whether (sheltered) work is a next step. For residents of Enschede; after",
            "consultation with the gemeente also for people outside Enschede or with a UWV benefit.",
            "Participants work towards a job at their own pace and keep their Wmo decision, set their own",
            "goals and get two years of tailored support from the same contact persons: job guidance,",
            "support at the workplace and help with practical matters such as benefits or care decisions.",
            "Going back to the day activities is always possible. With the Simpel Switchen scheme,",
            "participants can fall back on their earlier benefit."),
        "duration_en": "2 years",
        "intensity_en": "Tailored support from the same contact persons",
        "how_to_apply_en": T(
            "Do you go to day activities at Mediant? Ask your support worker about Actief herstel. Do you",
            "live outside Enschede or do you have a benefit from the UWV? Then Mediant first talks to the",
            "gemeente."),
        "how_to_refer_en": T(
            "Through the support workers of Mediant's day activities (Pazzage, job guidance). For people",
            "outside Enschede or with a UWV benefit, after consultation with the gemeente."),
        "evidence_summary_en": T(
            "As far as is known, there is no research into its effectiveness. Internationally, the",
            "percentages of paid work with step-by-step approaches are usually significantly lower than",
            "with IPS."),
    },
    "arbeidsgerichte-dagbesteding": {
        "name_en": "Work-oriented day activities (Noordoost-Brabant)",
        "summary_en": T(
            "Do you want to move step by step from day activities to work? In Noordoost-Brabant, the GGZ,",
            "the regional employment service, the gemeente and a job coach work together in one team. You",
            "start with day activities that are aimed at work. If working does not go well for a while, you",
            "can safely go back to the day activities."),
        "description_en": T(
            "In Noordoost-Brabant a department was set up in which someone from the GGZ, someone from the",
            "regional employment service (werkbedrijf), someone from the Wmo and a job coach work together",
            "full time. People who used to go to day activities now go to work-oriented day activities;",
            "everyone from the GGZ who wants to work comes here. Intake: Wmo and employment service;",
            "placement: GGZ and employment service; moving on: employment service and job coach. Anyone who",
            "relapses can go back to the day activities through ‘Smpel Switchen’. The target group was at",
            "first people without work with a mental health limitation under the Participatiewet and/or with",
            "a UWV incapacity benefit, and was widened to EPA, CMD (common mental disorders) and Wmo day",
            "activities."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": "Day activities with support from the GGZ, the employment service and a job coach",
        "how_to_apply_en": T(
            "Do you live in Noordoost-Brabant and do you want to go to work from the GGZ or from day",
            "activities? Ask your therapist, support worker or klantmanager about work-oriented day",
            "activities."),
        "how_to_refer_en": T(
            "Through the joint department of the GGZ, the regional employment service and the Wmo in",
            "Noordoost-Brabant; intake by the Wmo and the employment service."),
        "evidence_summary_en": T(
            "Of the clients in day activities (EPA and CMD), 62% started work within a year (27 clients); in",
            "Schijndel 11 of the 22 clients in sheltered housing (figures from the project leader, 2020)."),
    },
    "benefits-counselor": {
        "name_en": "Benefits counselor: advice on money and rules when you (start to) work more",
        "summary_en": T(
            "Are you going to work, or work more hours? Then a lot can change in your money: your benefit,",
            "allowances, tax and schemes for people on a low income. A benefits counselor explains what this",
            "means for you. So you know in advance where you stand. In 2020 this was available in part of",
            "the region Holland Rijnland, at the social advisers of DOCK, and in Zuid-Kennemerland and",
            "IJmond."),
        "description_en": T(
            "Social advisers (sociaal raadslieden) specially trained in the legal and financial rules and",
            "provisions for people with a GGZ background who (re)start work. In consultation with the GGZ",
            "they give financial advice that is as broad as possible, for example about taxes and about",
            "using schemes for people on a low income once someone starts working. Developed in Holland",
            "Rijnland; DOCK also trained its other social advisers in this and took the approach to other",
            "DOCK offices. Referrals come mainly from the GGZ. At the end of 2020 the gemeente approved that",
            "people who are not in treatment are also helped through the Wmo, without extra budget. DOCK",
            "covers only part of the UWV's area; in other subregions a similar partner is not always",
            "available. In Zuid-Kennemerland and IJmond thirty clients used a benefits counselor in 2020.",
            "It fits the IPS principle ‘support on work and income’."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": "Advice conversations; not stated in the source",
        "how_to_apply_en": T(
            "Ask your therapist at the GGZ or your klantmanager at the gemeente whether there is a benefits",
            "counselor near you. In part of Holland Rijnland you can go to the social advisers of DOCK."),
        "how_to_refer_en": T(
            "Referral by the GGZ therapist or job guide, or through Work and Income of the gemeente, to the",
            "social advisers of DOCK (Holland Rijnland). Check whether DOCK serves the client's place of",
            "residence. DOCK deliberately advertises it little, because demand is high."),
        "evidence_summary_en": T(
            "There is no research into the results. In Zuid-Kennemerland and IJmond thirty clients used a",
            "benefits counselor in 2020."),
    },
    "clubhuis-de-waterheuvel": {
        "name_en": "Clubhouse the Waterheuvel",
        "summary_en": T(
            "The Waterheuvel in Amsterdam is a clubhouse for people with a mental health vulnerability. As a",
            "member you help to run the clubhouse, for example in the kitchen, the garden or the office.",
            "After that you can get a temporary paid job with an ordinary employer, with support. You do not",
            "need to have a benefit."),
        "description_en": T(
            "The only clubhouse in the Netherlands, in Amsterdam, following the international clubhouse",
            "model. Members work on recovery in the broad sense and keep the clubhouse running (kitchen,",
            "garden, reception, office). In addition, temporary paid work placements of 6 to 9 months at",
            "outside organisations, such as the Amstel Hotel and the Amsterdam University of Applied",
            "Sciences, supported by a staff member of the Waterheuvel, with help with paperwork. Also",
            "training and peer support. Open whatever the benefit."),
        "duration_en": "Temporary paid work placements of 6 to 9 months",
        "intensity_en": NOT_IN_SOURCE,
        "how_to_apply_en": T(
            "Look at waterheuvel.nl or ask your support worker or therapist how you can become a member of",
            "the Waterheuvel. You do not need to have a benefit."),
        "how_to_refer_en": T(
            "Sign-up with Clubhouse the Waterheuvel (waterheuvel.nl); the sources do not describe how to",
            "sign up. In practice mainly for people living in or near Amsterdam."),
        "evidence_summary_en": T(
            "No research into the work results of the Waterheuvel itself. Internationally: with clubhouse",
            "and transitional work, on average (median) 31.4% had paid work at the end, usually less than",
            "with IPS."),
    },
    "dagbesteding-en-activering": {
        "name_en": "Day activities and activation through the gemeente (Wmo)",
        "summary_en": T(
            "Would you first like day activities or volunteer work, before you start working? The gemeente",
            "can arrange day activities or activation for you. This gives you a rhythm and you take part.",
            "Later you can take a step towards work."),
        "description_en": T(
            "Gemeenten use general programmes such as social activation, day activities and volunteer work.",
            "Day activities and sometimes activation are paid from the Wmo budget. In some regions the day",
            "activities are aimed at work and people can go back if working does not go well for a while",
            "(see Work-oriented day activities and Actief herstel)."),
        "duration_en": "Differs per gemeente",
        "intensity_en": "Differs per gemeente and provider",
        "how_to_apply_en": T(
            "Ask the Wmo desk or the social team of your gemeente about day activities or activation. Your",
            "support worker or therapist can help you with this."),
        "how_to_refer_en": T(
            "Application at the Wmo desk or the social (neighbourhood) team of the gemeente (Wmo decision",
            "for day activities); activation sometimes through the klantmanager Work and Income."),
        "evidence_summary_en": T(
            "There is no research into the work results of day activities. For comparison: of the people",
            "who started a reintegration or participation provision of the gemeente in 2019 (not only day",
            "activities), 39% worked without bijstand after four years; at the start this was 18%."),
    },
    "ips-via-gemeente": {
        "name_en": "IPS through the gemeente for people with a benefit",
        "summary_en": T(
            "Some gemeenten buy IPS for people with a benefit. A job coach then helps you quickly find an",
            "ordinary paid job and keeps helping you once you work. For this you do not need to be in",
            "treatment at the GGZ. Whether your gemeente does this differs per gemeente."),
        "description_en": T(
            "In 2020 gemeenten in three (unnamed) regions together bought 43 IPS programmes for a broad",
            "target group: everyone on a benefit, not only people in GGZ treatment. According to the desk",
            "research, gemeenten are rolling out IPS more and more. This is an adapted form of IPS: the link",
            "with care must be arranged separately, and delivery from a benefits agency often comes at the",
            "cost of the focus on paid work. In the only Dutch study of such a gemeente variant, 40% found",
            "lasting paid work, against 47% with a participatory approach. Gemeenten often find IPS hard to",
            "fund, especially smaller gemeenten."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": NOT_IN_SOURCE,
        "how_to_apply_en": "Ask your klantmanager at the gemeente whether you can get IPS.",
        "how_to_refer_en": T(
            "Through the klantmanager Work and Income; the gemeente buys the programme from an IPS provider.",
            "Arrange the link with care separately."),
        "evidence_summary_en": T(
            "In a Dutch study with a control group of IPS through the gemeente for a broad group of people",
            "on a benefit, 40% found lasting paid work, against 47% with the participatory approach. In 2020",
            "gemeenten in three regions together bought 43 programmes."),
    },
    "ips-cmd": {
        "name_en": "IPS for people with milder mental health problems (IPS-CMD)",
        "summary_en": T(
            "IPS-CMD is IPS for people with milder or common mental health problems, such as anxiety or low",
            "mood. A job coach helps you quickly find paid work and keeps supporting you once you work. This",
            "offer is not available everywhere."),
        "description_en": T(
            "Adapted IPS for people with common mental disorders (CMD), often with the general practitioner",
            "or in basic mental health care: less intensive support, more searching on one's own and links",
            "with individual care providers instead of a multidisciplinary team. In 2019 there was a",
            "government grant for 200 IPS-CMD programmes; the 75 programmes for gemeente clients were fully",
            "booked in November 2019 and the UWV bought 94 programmes. In 2020 among others in",
            "Midden-Holland and Holland Rijnland."),
        "duration_en": "Shorter than regular IPS (in studies abroad 9 months to 2 years)",
        "intensity_en": "Less intensive than regular IPS",
        "how_to_apply_en": T(
            "Ask your general practitioner, practice nurse (POH-GGZ) or klantmanager whether your region",
            "has IPS for people with milder mental health problems."),
        "how_to_refer_en": T(
            "Check per region: in 2019–2020 through the government grant (gemeente clients) and programmes",
            "bought by the UWV."),
        "evidence_summary_en": T(
            "Studies abroad of IPS for CMD found slightly higher percentages of work than standard support,",
            "e.g. 44.2% against 37.2% (Reme 2015) and 44.4% return to work against 37.8% (Hellström 2017)."),
    },
    "ips": {
        "name_en": "IPS – Individual Placement and Support",
        "summary_en": T(
            "With IPS you get help to quickly find an ordinary paid job or a course of study. An IPS job",
            "coach works together with your therapist. You choose what kind of work you want. Once you have",
            "work, the job coach keeps helping you as long as needed."),
        "description_en": T(
            "Individual Placement and Support (Individuele Plaatsing en Steun) is a protocol-based form of",
            "supported employment for people with long-term, severe mental health problems who have been in",
            "care or support with a GGZ organisation or sheltered housing for at least a year. Eight basic",
            "principles: regular work or study is the goal; no one is excluded (whatever the diagnosis,",
            "severity or admission); integration of support towards work and care (the IPS job coach takes",
            "part in the GGZ team); the job seeker's preference comes first; support on work and income;",
            "rapid job search, rapid placement (no training beforehand); job (opportunity) development with",
            "a network of employers; continuing support after placement, also for employers. Five steps:",
            "intake, engagement, assessment, getting a job or course, coaching at the workplace; quality",
            "with the IPS fidelity scale. In the pilot projects of 2013–2015 the health insurer sometimes",
            "paid the first 8 intake conversations."),
        "duration_en": T(
            "As long as needed. The cost calculation of the Monitor Voorbeeldprojecten (2014–2015) assumed",
            "a programme of 3 years."),
        "intensity_en": T(
            "Intake of about 8 conversations, then active searching; the job coach spends as much time on",
            "employers"),
        "how_to_apply_en": T(
            "Tell your therapist or support worker at the GGZ that you want to work or study. They can refer",
            "you to the IPS job coach. You do not have to be ‘ready’ for work first."),
        "how_to_refer_en": T(
            "Referral by the therapist or the (F)ACT or neighbourhood team to the IPS job coach of the",
            "client's own GGZ institution or sheltered housing organisation. The job coach arranges the",
            "funding with the klantmanager of the gemeente (bijstand, sometimes people without a benefit) or",
            "with the arbeidsdeskundige of the UWV (UWV benefit). First check whether the institution offers",
            "IPS: this differs per institution and region."),
        "evidence_summary_en": T(
            "The best-researched approach: in the meta-analysis by De Winter et al. (2022), 48.8% of the",
            "participants had paid work at the end (cited in the desk research, §1.2). In the Dutch monitor",
            "2013–2015, participants of IPS Noord-Holland Noord and VIP Amsterdam found work more often than",
            "expected with regular support (effect indicator 1.20 and 1.89; only VIP significant)."),
    },
    "jobcoaching": {
        "name_en": "Job coaching",
        "summary_en": T(
            "A job coach helps you at your workplace. For example with learning your tasks, getting on with",
            "colleagues and planning your work. The job coach also talks with your employer. The UWV or the",
            "gemeente pays for the job coach."),
        "description_en": T(
            "Personal support at the workplace for people with a work limitation (also from a mental health",
            "condition or vulnerability), aimed at finding and keeping paid work in a regular job.",
            "Individual provision, granted by the UWV (Wajong, WIA/WGA; coming from the Ziektewet if",
            "assessed as needed) or by the gemeente (people with a work limitation, often on bijstand, in",
            "the target group of the jobs agreement (banenafspraak); sometimes without a benefit but with a",
            "proven limitation). Delivered by an external job coach of a recognised organisation or an",
            "internal job coach at the employer; recognised job coaches are available across the country.",
            "Help with settling in, skills, dealing with colleagues and structuring tasks, matched to the",
            "employee and the workplace. Temporary: usually at most three years from the UWV, variable",
            "from gemeenten."),
        "duration_en": "Temporary; usually at most 3 years (UWV), variable with gemeenten",
        "intensity_en": "Tailored to the employee and the workplace",
        "how_to_apply_en": T(
            "Do you have work, or are you starting soon, and do you need help at work? Ask the UWV (with",
            "Wajong or WIA) or your gemeente (with bijstand) for a job coach. Your employer can also help",
            "with the application."),
        "how_to_refer_en": T(
            "Application to the UWV (arbeidsdeskundige) for Wajong, WIA/WGA and people coming from the",
            "Ziektewet if assessed as needed, or to the gemeente (klantmanager) for people with a work",
            "limitation in the target group of the jobs agreement (banenafspraak), sometimes also without a",
            "benefit but with a proven limitation. An internal job coach at the employer is also possible."),
        "evidence_summary_en": T(
            "About 60% of people with a lasting limitation who start work with a job coach are still working",
            "after three years; almost 40% of them then have a permanent contract. Of GGZ clients with job",
            "coaching aimed at keeping their job, 84% (2023) and 88% (2024) completed the programme",
            "successfully (Werkmonitor)."),
    },
    "krachtwerk": {
        "name_en": "Krachtwerk (strengths-based support)",
        "summary_en": T(
            "Krachtwerk is a way of support that starts from what you are good at and what you want. A",
            "support worker helps you use your own strengths on your way to work. It was used in the region",
            "Stedendriehoek and Noordwest-Veluwe."),
        "description_en": T(
            "Recovery-oriented method based on the American Strengths model, used alongside IPS and",
            "intensive job coaching within the regional cooperation GGZ and Work & Income in Stedendriehoek",
            "and Noordwest Veluwe; in the CBS division of 2026 this labour market region is called Veluwe",
            "Stedendriehoek. The source does not describe the content, duration or entry criteria."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": NOT_IN_SOURCE,
        "how_to_apply_en": T(
            "Do you live in the region Stedendriehoek or Noordwest-Veluwe (for example Apeldoorn, Deventer",
            "or Harderwijk)? Ask your klantmanager or therapist about Krachtwerk."),
        "how_to_refer_en": T(
            "Through the regional cooperation GGZ and Work & Income in Veluwe Stedendriehoek; check the",
            "current provider and how to refer."),
        "evidence_summary_en": T(
            "There is no research into Krachtwerk itself. In the region, 25% of the clients from 131",
            "programmes went to work, but that figure covers IPS, intensive job coaching and Krachtwerk",
            "together."),
    },
    "meer-grip-op-werk": {
        "name_en": "Meer grip op Werk (More grip on work)",
        "summary_en": T(
            "Meer grip op Werk (More grip on work) is a group course of 8 meetings. A professional from the",
            "GGZ leads the group. Together with others you work on your way to work. The course was given in",
            "the region Noord-Holland Noord."),
        "description_en": T(
            "Group course of 8 sessions led by a GGZ professional, used within the regional cooperation GGZ",
            "and Work & Income in Noord-Holland Noord; 15 programmes up to and including 2020. The region",
            "aims at people with a mental health vulnerability in general, not only at people with a severe",
            "mental illness. The source does not describe the content of the course."),
        "duration_en": "8 sessions",
        "intensity_en": "Group course led by a GGZ professional",
        "how_to_apply_en": T(
            "Do you live in Noord-Holland Noord? Ask your klantmanager or therapist whether the course Meer",
            "grip op Werk is still available."),
        "how_to_refer_en": T(
            "Through the case meetings or contact persons of the regional cooperation GGZ and Work & Income",
            "in Noord-Holland Noord; check the current provider and how to refer."),
        "evidence_summary_en": T(
            "There is no research into the results. In Noord-Holland Noord, 15 programmes were given up to",
            "and including 2020."),
    },
}

PROGRAMMES.update({
    "uwv-naar-werk": {
        "name_en": "Naar werk (Towards work, UWV)",
        "summary_en": T(
            "Are you ready for a paid job? With Naar werk (Towards work) a reintegration company helps you",
            "search and apply for jobs. You also get help when you have just started working. The UWV pays",
            "for this if you have a WIA, WAO, WAZ, Wajong or Ziektewet benefit."),
        "description_en": T(
            "UWV service for people with a WIA, WAO, WAZ, Wajong or Ziektewet benefit who are ready for a",
            "paid job on the regular labour market. Aimed at lasting suitable work: job application",
            "training, searching for suitable jobs and support when starting work; if needed job carving",
            "(creating a job for the candidate). At most 9 months with WGA and Wajong and 6 months with",
            "Ziektewet. Delivered by reintegration companies with a framework agreement with the UWV."),
        "duration_en": "At most 9 months (WGA, Wajong) or 6 months (Ziektewet)",
        "intensity_en": "Not fixed in the source; the content differs per reintegration company",
        "how_to_apply_en": T(
            "Ask your contact person or arbeidsdeskundige at the UWV about Naar werk. Together you choose a",
            "reintegration company that helps you find a job."),
        "how_to_refer_en": T(
            "The arbeidsdeskundige or reintegration adviser of the UWV uses the service for clients who are",
            "able to resume work, and chooses a reintegration company with a framework agreement together",
            "with the client."),
        "evidence_summary_en": T(
            "Slightly less than half of the programmes end successfully: in work within 3 months after the",
            "end, for at least 3 months in a row (UWV file study, programmes 2016–2018). For clients of",
            "specialist GGZ this was 52% in 2023 and 46% in 2024 (Werkmonitor)."),
    },
    "participatiecoach-holland-rijnland": {
        "name_en": "Training as a participation coach (Holland Rijnland)",
        "summary_en": T(
            "Do you have your own experience with mental health problems? Then in Holland Rijnland you could",
            "train as a participation coach. After that you help other people with mental health problems.",
            "You start as a volunteer. Later you can grow into paid work."),
        "description_en": T(
            "Informal programme of the client organisation in Holland Rijnland: clients train as",
            "participation coaches and then support other clients from the target group. They start as",
            "volunteers, grow in their role and move on to a paid job. In 2020, 15 clients had been placed",
            "in training. The source does not give the content, duration or entry requirements of the",
            "training, nor the name of the client organisation."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": NOT_IN_SOURCE,
        "how_to_apply_en": T(
            "Ask your klantmanager at the gemeente or your therapist about the training as a participation",
            "coach of the client organisation in Holland Rijnland."),
        "how_to_refer_en": T(
            "Through the regional cooperation GGZ and Work & Income in Holland Rijnland and the client",
            "organisation there; check whether the training is still given, and by whom."),
        "evidence_summary_en": T(
            "There is no research into the results. In 2020, 15 clients were in training; according to the",
            "region they move on to paid work, but numbers are missing."),
    },
    "participatieve-aanpak-op-de-werkplek": {
        "name_en": "Participatory Approach at the Workplace",
        "summary_en": T(
            "Do you have work, but is it not going well because of your health problems? Or do you want to",
            "return after illness or start at a new workplace? With the Participatory Approach, you, your",
            "employer and a process guide find out together what needs to change at your work. Together you",
            "make a plan and carry it out."),
        "description_en": T(
            "Protocol-based approach from or with the employer for lasting employability or reintegration",
            "of employees or potential workers, preventive or curative, at the level of the organisation or",
            "the individual. Six steps, preferably guided by a process guide who makes sure everyone",
            "involved has an equal say: setting conditions and starting, analysis of problems, analysis of",
            "solutions, plan of action with SMART agreements, implementation, evaluation. Multidisciplinary",
            "guideline through the NVAB (Huysmans et al., 2016), with versions for clients and training for",
            "process guides (among others Ergotherapie Nederland); also a version for informal carers",
            "(RIVM)."),
        "duration_en": "Not fixed; six process steps",
        "intensity_en": "Conversations between employee, employer and process guide",
        "how_to_apply_en": T(
            "Talk to your manager or company doctor about the Participatory Approach. They can ask a process",
            "guide to look at your work together with you."),
        "how_to_refer_en": T(
            "Used through the employer, company doctor or occupational health professional, preferably with",
            "a trained process guide (NVAB guideline). For workers with a benefit, the UWV or the gemeente",
            "can pay for provisions such as workplace adjustments, job coaching or wage cost subsidy."),
        "evidence_summary_en": T(
            "Randomised studies in low back pain and musculoskeletal complaints showed a faster return to",
            "work. In a broad group with a work limitation, no better outcomes (implementation was not",
            "sufficient). With mental health problems feasible and rated positively."),
    },
    "de-harde-leerschool": {
        "name_en": "Programmes of Stichting De Harde Leerschool",
        "summary_en": T(
            "De Harde Leerschool (a foundation) has programmes of about 10 weeks for adults without work or",
            "education. You do a lot of sport, often rugby, and work on your self-confidence. You meet",
            "employers. After that you get personal support with the next step."),
        "description_en": T(
            "Broad training by Stichting De Harde Leerschool, aimed at becoming fit for work and returning",
            "to work or education. The basic programme lasts 10 (to 12) weeks, with rugby at its core for",
            "fitness and resilience, other sports and outdoor activities, the training ‘Op Eigen Kracht’",
            "(self-awareness and self-confidence), guest speakers and a presentation to employers;",
            "followed by individual support. Target group: (young) adults (18+) who have not taken part in",
            "the labour market for more than a year, among others with Wajong or bijstand, early school",
            "leavers, (former) prisoners, people without a benefit, refugees with a residence permit,",
            "people recovering in the GGZ and veterans. Cooperation with gemeenten, employers, the probation",
            "service, care providers, social work and rugby clubs."),
        "duration_en": "10 to 12 weeks, plus aftercare and longer individual support",
        "intensity_en": "Group programme with sport (rugby), personal development and training",
        "how_to_apply_en": T(
            "Ask your klantmanager or support worker about De Harde Leerschool, or look at",
            "dehardeleerschool.nl."),
        "how_to_refer_en": T(
            "Sign-up through a partner such as the gemeente, the probation service, a care provider or",
            "social work; the sources do not describe a fixed way to sign up."),
        "evidence_summary_en": T(
            "Impact measurement (2020) among 29 former participants: almost 54% found a new job after the",
            "programme; the number of participants with their own income rose from 8 to 15. About three",
            "quarters of those who start reach the finish."),
    },
    "gemeentelijke-re-integratie": {
        "name_en": "Reintegration and participation through the gemeente",
        "summary_en": T(
            "Do you not have a benefit from the UWV? Then the gemeente can help you on your way to work. For",
            "example with volunteer work, work experience, a course or help with applying for jobs. What the",
            "gemeente offers differs per gemeente."),
        "description_en": T(
            "Reintegration services (for people who are able to work) and participation provisions (for",
            "people who cannot work yet) of gemeenten: social activation, (volunteer) work experience, work",
            "experience placements, training, help with finding paid work and job coaching; more and more",
            "also IPS and integrated work-and-care methods. Delivered by the gemeente, regional employment",
            "services, work-learning centres or external reintegration companies. For job seekers without a",
            "UWV benefit the gemeente is often the first point of contact, with or without a benefit."),
        "duration_en": "Differs per gemeente and per provision",
        "intensity_en": "From light activation to intensive support towards work",
        "how_to_apply_en": T(
            "Contact your gemeente, for example the Werkplein or the social services. Ask for help with",
            "finding work. Do you not have a benefit? Then ask whether the gemeente can still help you."),
        "how_to_refer_en": T(
            "Through the klantmanager or work consultant of the gemeente or the regional employment service.",
            "For people without a benefit, the offer depends on the gemeente where the person lives."),
        "evidence_summary_en": T(
            "CBS cohort: of the people who started a reintegration or participation provision in 2019, 18%",
            "worked without bijstand at the start, 39% after four years. There is no comparison group."),
    },
    "sterk-met-werk": {
        "name_en": "Sterk met Werk (Strong with work)",
        "summary_en": T(
            T(
                "Sterk met Werk (Strong with work) is for people aged 27",
                "and over with mental health problems and"),
            "a benefit from the gemeente. A job coach with knowledge of mental health problems helps you",
            "towards suitable work. You get personal support. This offer is available in the region",
            "Midden-Utrecht."),
        "description_en": T(
            "Individual support by a job coach with GGZ expertise for job seekers aged 27 and over with",
            "mental health problems whose reintegration and income support are the responsibility of the",
            "gemeente. Expertise on mental health problems and on work and reintegration is combined; the",
            "content adapts to the participant's wishes and the job coach's insight. Provider: the",
            "gemeente's reintegration company, region Midden-Utrecht. Started in 2024, sign-up since",
            "February 2025."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": "Individual support by a job coach with GGZ expertise",
        "how_to_apply_en": T(
            "Do you live in the region Midden-Utrecht and do you get a benefit from the gemeente? Ask your",
            "klantmanager about Sterk met Werk."),
        "how_to_refer_en": T(
            "Referral through the klantmanager of the gemeente to the gemeente's reintegration company in",
            "Midden-Utrecht (information: WSP Midden-Utrecht)."),
        "evidence_summary_en": "No research or evaluation published yet: the programme started in 2024.",
    },
    "sterk-met-werk-of-scholing": {
        "name_en": "Sterk met Werk of Scholing (Strong with work or school)",
        "summary_en": T(
            "Are you between 16 and 26 years old and are you stuck at school or in finding work? With Sterk",
            "met Werk of Scholing (Strong with work or school) a job coach with knowledge of mental health",
            "problems helps you. Together you look for a suitable course or job. You can also get help so",
            "that you do not drop out of school."),
        "description_en": T(
            "Support by a job coach with GGZ expertise for young people aged 16 up to and including 26 who",
            "are stuck and want support in finding a suitable course or work, or who want to prevent",
            "dropping out; also pupils of practical and special secondary education (PRO-VSO) and early",
            "school leavers. Provider: the gemeente's reintegration company, in Midden-Utrecht and",
            "Groot-Amsterdam. Started in 2024, sign-up since February 2025."),
        "duration_en": NOT_IN_SOURCE,
        "intensity_en": "Individual support by a job coach with GGZ expertise",
        "how_to_apply_en": T(
            "Do you live in the region Midden-Utrecht or Groot-Amsterdam? Ask your klantmanager at the",
            "gemeente, or your mentor at school, about Sterk met Werk of Scholing."),
        "how_to_refer_en": T(
            "Referral through the gemeente to the gemeente's reintegration company (Midden-Utrecht:",
            "information through WSP Midden-Utrecht; Groot-Amsterdam: provider not named in the source)."),
        "evidence_summary_en": "No research or evaluation published yet: the programme started in 2024.",
    },
    "werk-als-beste-zorg": {
        "name_en": "Werk als Beste Zorg (Work as the best care)",
        "summary_en": T(
            "Werk als Beste Zorg (Work as the best care) helps you find paid work while you are in treatment",
            "at the GGZ. Your therapist works together with a job coach from the gemeente or the UWV.",
            "Sometimes you start with a trial placement. Once you have work, you also get help at work."),
        "description_en": T(
            "Integrated approach for quick support towards work for people with mental health problems who",
            "are in treatment at the GGZ. At its centre are active matching of client and employer and a",
            "weekly interdisciplinary meeting between the job broker of the gemeente or UWV and the GGZ job",
            "guide from the F-ACT team. The job broker keeps control from intake to support at work; a work",
            "experience placement or trial placement can come first; after placement a job coach with GGZ",
            "expertise can be used and targeted training follows the work. Regional variants: Drechtsteden",
            "(since 2017; Yulius with the Sociale Dienst Drechtsteden and the UWV in Baanbrekend",
            "Drechtsteden, with health insurer VGZ; only for adults with a severe mental illness), Twente",
            "(since January 2020; Dimence and Mediant with gemeenten in Twente and the UWV, with key",
            "figures; more severe and milder problems, also people without a benefit; health insurer Menzis",
            "paid part for a time) and Noord-Limburg (Vincent van Gogh). According to the desk research the",
            "providers are GGZ institution, gemeenten, UWV and self-direction centre."),
        "duration_en": T(
            "No fixed duration. The costs were estimated over 3 years; a programme counts as successful with",
            "at least 12 months of work."),
        "intensity_en": "Weekly case meeting; if needed a job coach a few hours a week",
        "how_to_apply_en": T(
            "Are you in treatment at Yulius (Drechtsteden), Dimence or Mediant (Twente) or Vincent van Gogh",
            "(Noord-Limburg)? Tell your therapist that you would like to work. Your therapist discusses with",
            "your klantmanager or with the UWV whether Werk als Beste Zorg suits you."),
        "how_to_refer_en": T(
            "Referral through the GGZ job guide or lead therapist of the participating institution, in",
            "consultation with the contact person (key figure) of the gemeente or UWV. In Drechtsteden,",
            "Yulius referred all clients to the Sociale Dienst Drechtsteden; the UWV wants clients with a",
            "UWV benefit to be referred directly to the UWV. Job brokering starts when the client has",
            "(limited) ability to work and motivation."),
        "evidence_summary_en": T(
            "Quasi-experimental study by Erasmus MC (2022) in the Drechtsteden, with CBS data on the work of",
            "35 participants and 37 people with regular support: after the start, work participation rose by",
            "11 percentage points a year, against 1.2 percentage points a year in the control group. About",
            "44% of the programmes end successfully. The cost-benefit analysis shows a small positive return",
            "over 4 years for the benefits agency and the client."),
    },
    "uwv-werkfit-maken": {
        "name_en": "Werkfit maken (Getting fit for work, UWV)",
        "summary_en": T(
            "Are you not ready to work yet, but do you want to? With Werkfit maken (Getting fit for work) a",
            "reintegration company helps you become stronger. You work on your skills and find out which",
            T(
                "work suits you. The UWV pays for this if you have a WIA,",
                "WAO, WAZ, Wajong or Ziektewet benefit.")),
        "description_en": T(
            "UWV service for people with a WIA, WAO, WAZ, Wajong or Ziektewet benefit who are not yet",
            "directly ready for work, but do have prospects of work. Delivered by reintegration companies",
            "with a framework agreement with the UWV; the exact content differs per company. Core parts:",
            "personal effectiveness, employee skills and insight into one's position on the labour market;",
            "a work experience placement is possible. At most 18 months with WGA or Wajong and 6 months with",
            "Ziektewet, with at most 40 hours (in exceptional cases 60 hours) of support."),
        "duration_en": "At most 18 months (WGA, Wajong) or 6 months (Ziektewet)",
        "intensity_en": "At most 40 hours of support, in exceptional cases 60 hours",
        "how_to_apply_en": T(
            T(
                "Ask your contact person or arbeidsdeskundige at the UWV",
                "about Werkfit maken. Together you choose"),
            "a reintegration company."),
        "how_to_refer_en": T(
            "The arbeidsdeskundige or reintegration adviser of the UWV uses the service and chooses a",
            "reintegration company with a framework agreement together with the client. A GGZ job guide can",
            "point the client to it and coordinate with the UWV."),
        "evidence_summary_en": T(
            "UWV file study (programmes 2016–2018): two thirds to three quarters of the programmes end",
            "successfully (the participant is fit for work); 24% had paid work at the end, a year later",
            "about 37%. Clients of specialist GGZ completed the programme successfully in 59% of cases in",
            "2023 and in 66% in 2024 (Werkmonitor)."),
    },
})

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


def apply(fixture: Fixture) -> None:
    for slug, name_en in KINDS.items():
        fixture.put("supportkind", {"slug": slug}, name_en=name_en)
    for slug, texts in PROGRAMMES.items():
        row = fixture.programme(slug)
        for name, value in texts.items():
            row[name] = value
    for (slug, order), (question_en, client_text_en) in CONDITIONS.items():
        row = next(f for f in fixture.parts("condition", slug) if f["order"] == order)
        row["question_en"], row["client_text_en"] = question_en, client_text_en
    for (slug, provider), (contact_en, professional_en, note_en) in OFFERINGS.items():
        row = fixture.offering(slug, provider)
        if row is None:
            raise LookupError(f"no offering {slug} – {provider}")
        row.update(contact_en=contact_en, contact_professional_en=professional_en, note_en=note_en)
