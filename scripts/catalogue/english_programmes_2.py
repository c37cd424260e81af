"""English texts of the published programmes, second part (truth_english.py says how they are written)."""

from __future__ import annotations

from truth_programmes import T

NOT_IN_SOURCE = "Not stated in the source"

# Programme (slug) → its English texts.
PROGRAMMES: dict[str, dict[str, str]] = {
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
}
