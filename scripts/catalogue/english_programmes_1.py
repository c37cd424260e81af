"""English texts of the published programmes, first part (truth_english.py says how they are written)."""

from __future__ import annotations

from truth_programmes import T

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
