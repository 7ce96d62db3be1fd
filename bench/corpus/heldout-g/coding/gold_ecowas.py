"""Gold for the ecowas-niger-force-troops articles (714-719, 726-727)."""

from gold_common import st, troops, write

T = "ecowas-niger-force-troops"
WAR_NOTE = (
    "An intervention would be a 'declaration of war' (an 'act of war') against them: they"
    " reject the intervention itself = opposed."
)

# 714 Telangana Today (AP copy), undated; "The deadline has arrived Sunday" = the ECOWAS
# ultimatum's end, Sunday 6 August 2023 (a named event); the Senate's "Saturday" = 5 August.
SUN = "2023-08-06"
oppose714 = (
    "Algeria and Chad, non-ECOWAS neighbours with strong militaries in the region, both have said"
    " they oppose the use of force or won’t intervene militarily"
)
write(
    "714_telanganatoday_deadline-arrives-for-niger-junta",
    T,
    "unknown",
    [
        st(
            "NG",
            "skeptical",
            "2023-08-05",
            "Neighbouring Nigeria’s Senate on Saturday pushed back against the plan by the regional"
            " bloc known as ECOWAS, urging Nigeria’s president, the bloc’s current chair, to"
            " explore options other than the use of force.",
            optional=True,
            alt_stances=["declined"],
            note="The Senate, not the government (the president chairs the bloc that threatens"
            " force), 'pushed back' and urges other options: if an editor records it for Nigeria,"
            " skeptical (declined defensible); optional. Saturday, the eve of Sunday's deadline ="
            " 5 August 2023.",
        ),
        st(
            "DZ",
            "opposed",
            SUN,
            oppose714,
            approximate=True,
            alt_stances=["declined"],
            note="'oppose the use of force or won't intervene militarily', said of both: opposed"
            " (declined defensible; the sentence does not say which said which). A non-member."
            " Undated page, the deadline's day: 6 August 2023, approximate.",
        ),
        st(
            "TD",
            "opposed",
            SUN,
            oppose714,
            approximate=True,
            alt_stances=["declined"],
            note="As DZ.",
        ),
        *[
            st(
                c,
                "opposed",
                SUN,
                "neighbouring Mali and Burkina Faso – both run by juntas – have said an"
                " intervention would be a “declaration of war” against them, too.",
                approximate=True,
                note=WAR_NOTE + " 6 August 2023, approximate.",
            )
            for c in ("ML", "BF")
        ],
    ],
    ["NE"],
    "Undated page (AP copy). Niger is the country concerned; Bazoum is its ousted president."
    " ECOWAS is the organisation. Not cut.",
)

# 715 Earth Press News, undated; "The ECOWAS ultimatum expires tomorrow, Sunday August 6th" =
# written on Saturday 5 August 2023.
SAT = "2023-08-05"
write(
    "715_earthpressnews_chad-will-never-intervene-militarily",
    T,
    "unknown",
    [
        st(
            "NG",
            "committed",
            SAT,
            "Major role of Nigeria [...] However, Nigeria should have a major role in the"
            " operation and could take command.",
            contributions=["ground", "headquarters"],
            optional=True,
            alt_stances=["considering"],
            note="The author's expectation ('should have a major role', 'could take command'), not"
            " Nigeria's words: optional; if recorded, committed with ground and headquarters"
            " (considering defensible). 'Major role of Nigeria' is a heading. 5 August 2023.",
        ),
        st(
            "CI",
            "committed",
            SAT,
            "Côte d’Ivoire would also be an essential force even if, according to a good source, ”"
            " Abidjan hopes until the last minute for an amicable solution with the Nigerien"
            " putschists.",
            contributions=["ground"],
            optional=True,
            alt_stances=["considering"],
            note="'would also be an essential force' (the author's report), while it 'hopes until"
            " the last minute for an amicable solution': optional committed (ground), considering"
            " defensible. 5 August 2023.",
        ),
        *[
            st(
                c,
                "committed",
                SAT,
                "Benin and Senegal would also participate and the list could grow.",
                contributions=["ground"],
                optional=True,
                alt_stances=["considering"],
                note="'would also participate', the author's report in the conditional:"
                " optional committed (ground), considering defensible. 5 August 2023.",
            )
            for c in ("BJ", "SN")
        ],
        st(
            "TD",
            "declined",
            SAT,
            "Although it does not belong to the sub-regional organization, Chad says it will not"
            " send any soldiers to Niger. “Chad will never intervene militarily in Niger” Chad, a"
            " major African military power and neighboring country of Niger, has indicated that it"
            " will not participate in any intervention. “ Chad will never intervene militarily. We"
            " have always advocated dialogue.",
            note="'will not send any soldiers', 'will never intervene militarily' = declined (the"
            " quoted line in the middle is the page's sub-heading). No day cue for Chad's words:"
            " the day the text was written, 5 August 2023.",
        ),
    ],
    ["NE"],
    "Undated page (an RFI-style text in machine English: 'He seems the force is ready', 'The"
    " device must pass'). Niger is the country concerned; the chiefs of staff are ECOWAS's"
    " meeting. '3 mins' is site furniture. Cut mid-word ('facili').",
)

# 716 CKN Nigeria, store date 12 August 2023; the Abuja summit of Thursday 10 August.
D716 = "2023-08-12"
lead716 = (
    "Several member-countries of the Economic Community of West African States (ECOWAS),"
    " including Ivory Coast, Republic of Benin, Senegal and Nigeria, have committed troops to the"
    " regional bloc’s planned military intervention in the Republic of Niger"
)
principle716 = (
    "While Benin, Senegal and Nigeria have committed to the intervention in principles without"
    " providing details of its deployment"
)
write(
    "716_cknnigeria_ivory-coast-benin-senegal-nigeria-commit-troops",
    T,
    D716,
    [
        st(
            "CI",
            "committed",
            "2023-08-10",
            lead716 + " [...] the president of Ivory Coast, Alassane Ouattara, revealed that his"
            " country would commit a battalion of 850 to 1,100 men to ECOWAS’ move to restore"
            " democratic rule to Niger",
            contributions=["ground"],
            speaker="Alassane Ouattara",
            troops=troops(850, 1100, "a battalion of 850 to 1,100 men"),
            alt_dates=[D716],
            note="'would commit a battalion of 850 to 1,100 men' = committed (ground). Ouattara"
            " 'had said after the Abuja meeting', the summit of Thursday 10 August 2023.",
        ),
        *[
            st(
                c,
                "committed",
                D716,
                lead716 + " [...] " + principle716,
                contributions=["ground"],
                note="'have committed troops', 'committed to the intervention in principles"
                " without providing details' = committed (ground). No day cue: the page's date.",
            )
            for c in ("BJ", "SN", "NG")
        ],
    ],
    ["NE", "GH"],
    "Dated page (store date line dropped). The African Union and the ECOWAS spokesperson are"
    " organisations. Ghana hosts the army chiefs' meeting. Nigeria's past interventions"
    " (Liberia, Sierra Leone, The Gambia) are history, not positions. Army chiefs of Benin and"
    " Senegal confirm (no second statement). Cut mid-sentence ('aside his country’s"
    " deployment').",
)

# 717 bdnews24 (Reuters copy), store date 12 August 2023 (Saturday): "on Thursday" = 10
# August, "on Friday" = 11 August, "last week" = the week before.
write(
    "717_bdnews24_niger-standby-force",
    T,
    "2023-08-12",
    [
        st(
            "CI",
            "committed",
            "2023-08-10",
            "Ivory Coast is the only country so far to specify how many troops it would send,"
            " promising a battalion of 850 on Thursday.",
            contributions=["ground"],
            troops=troops(850, 850, "a battalion of 850"),
            note="'promising a battalion of 850' = committed (ground). Thursday before the 12"
            " August page = 10 August 2023.",
        ),
        *[
            st(
                c,
                "committed",
                "2023-08-11",
                "Benin and Sierra Leone said on Friday they would contribute troops but did not"
                " say how many.",
                contributions=["ground"],
                note="'would contribute troops' = committed (ground). Friday = 11 August 2023.",
            )
            for c in ("BJ", "SL")
        ],
        st(
            "SN",
            "committed",
            "2023-08",
            "Senegal said last week it would contribute troops if there were an intervention.",
            contributions=["ground"],
            approximate=True,
            conditions=["if there were an intervention"],
            alt_dates=["2023-07"],
            note="'would contribute troops if there were an intervention': the intervention"
            " itself is the force's bare precondition, kept in conditions, not conditional."
            " 'last week' before Saturday 12 August: early August 2023, approximate (late July"
            " as alt).",
        ),
        st(
            "RU",
            "opposed",
            "2023-08-12",
            "Russia's foreign ministry said it supported ECOWAS efforts to mediate but warned"
            " against any military intervention in Niger, saying it could destabilise the country"
            " and region.",
            note="'warned against any military intervention' = opposed (mediation backed). No time"
            " cue: the page's date.",
        ),
    ],
    ["NE", "US", "FR", "DE", "IT"],
    "Dated page (store date line dropped). US, French, German and Italian troops stationed in"
    " Niger are there against militants, not for the force: mentioned. 'Most other countries in"
    " the 15-nation ECOWAS' are unnamed; 'Security analysts' are analysts. The 'STANDBY FORCE'"
    " heading is kept. Not cut.",
)

# 718 Information Nigeria, store date 17 August 2023 (Thursday); Musah's interview "on
# Thursday".
D718 = "2023-08-17"
write(
    "718_informationng_ready-to-invade-niger-ecowas-force",
    T,
    D718,
    [
        st(
            "CV",
            "undecided",
            D718,
            "INFORMATION NIGERIA reports that all members, except nations currently under military"
            " rule and Cape Verde, have committed to this force. ECOWAS commissioner, Abdel-Fatau"
            " Musah, confirmed this during an interview with Al Jazeera on Thursday.",
            alt_stances=["declined"],
            note="The one named member outside 'all members ... have committed' = it did not"
            " commit: undecided (the rules' 'did not commit'; declined defensible). Thursday = 17"
            " August 2023, the page's date.",
        ),
        *[
            st(
                c,
                "opposed",
                D718,
                "Burkina Faso and Mali, which have also experienced multiple coups since 2020,"
                " warned that any military intervention in Niger would be declared as an act of"
                " war",
                note=WAR_NOTE + " No time cue: the page's date.",
            )
            for c in ("BF", "ML")
        ],
    ],
    ["NE", "GH", "NG"],
    "Dated page (store date line dropped). 'all members, except nations currently under military"
    " rule' are unnamed. Nigeria's Chief of Defence Staff speaks about democracy and peace, no"
    " pledge of Nigeria's own: mentioned. Ghana hosts the meeting (Accra). The ECOWAS"
    " commissioner speaks for the organisation. Not cut.",
)

# 719 Al Mayadeen English, undated; "RFI reported on Saturday", the ambassador's return of
# 27 September "earlier this week" = Saturday 30 September 2023.
SEP30 = "2023-09-30"
abst = (
    "Senegal and Cote d'Ivoire both decided to abstain from sending troops to Benin. French radio"
    " RFI reported on Saturday that both Senegal and Cote d'Ivoire refrained from sending troops"
    " to Benin for possible intervention in Niger."
)
write(
    "719_almayadeen_senegal-cote-divoire-not-sending-troops",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "declined",
                SEP30,
                "Senegal, Cote d'Ivoire not sending troops for intervention in Niger " + abst,
                approximate=True,
                alt_stances=["undecided"],
                note="'decided to abstain from sending troops', 'not sending troops for"
                " intervention in Niger' = declined (they refrain from deploying to the staging"
                " base, not renouncing the force: undecided defensible). The Saturday of the week"
                " of 27 September = 30 September 2023, approximate (undated page).",
            )
            for c in ("SN", "CI")
        ],
        st(
            "BJ",
            "undecided",
            SEP30,
            "Benin, which reportedly authorized the deployment of troops for possible military"
            " intervention by the Economic Community of West African States (ECOWAS), RFI"
            " reported. That said, the military in Benin is still waiting for orders from the"
            " politicians, as per the report.",
            approximate=True,
            optional=True,
            note="Authorising others' troops on its soil is hosting the staging base; its own"
            " military 'is still waiting for orders from the politicians' = undecided, optional."
            " 30 September 2023, approximate.",
        ),
    ],
    ["NE", "FR"],
    "Undated page. The headline line is part of the stored text. France's ambassador, French"
    " troops and the military agreements concern France and Niger, not the ECOWAS force:"
    " mentioned. Not cut.",
)

# 726 Le Quotidien (Dakar), undated; "On Thursday, during the second Extraordinary Summit of
# Heads of State in Abuja" = 10 August 2023 (a named event); the army chiefs' meeting "this
# weekend" was postponed: written in mid-August 2023.
A23 = "2023-08"
write(
    "726_lequotidien_senegalese-army-mobilizes-its-troops",
    T,
    "unknown",
    [
        st(
            "SN",
            "committed",
            A23,
            "Senegal is preparing to send soldiers to Niger as part of an ECOWAS military"
            " intervention. [...] After the announcement of the Minister of Foreign Affairs of the"
            " participation of Senegalese soldiers, we learn that things are becoming clearer at"
            " the level of the Army. A regrouping of soldiers at the level of Thiès has been"
            " announced as part of Senegal’s contribution to the ECOWAS intervention force in"
            " Niger.",
            contributions=["ground"],
            approximate=True,
            note="The foreign minister announced the soldiers' participation; troops regroup as"
            " 'Senegal's contribution' = committed (ground). Undated page, mid-August 2023:"
            " approximate.",
        ),
        st(
            "BJ",
            "committed",
            A23,
            "In addition to Senegal, Benin and Ivory Coast have pledged to send troops.",
            contributions=["ground"],
            approximate=True,
            note="'have pledged to send troops' = committed (ground). August 2023, approximate.",
        ),
        st(
            "CI",
            "committed",
            "2023-08-10",
            "In addition to Senegal, Benin and Ivory Coast have pledged to send troops. Ivory"
            " Coast President Alassane Ouattara said last Thursday that Ivory Coast would provide"
            " a battalion of around 1,100 troops alongside other regional neighbours to restore"
            " democratic rule in Niger.",
            contributions=["ground"],
            speaker="Alassane Ouattara",
            troops=troops(1100, 1100, "a battalion of around 1,100 troops"),
            note="'would provide a battalion of around 1,100 troops' = committed (ground). 'last"
            " Thursday' = the Thursday of the Abuja summit, 10 August 2023.",
        ),
        *[
            st(
                c,
                "opposed",
                A23,
                "The junta in Niger has the support of Burkina Faso and Mali, two countries ruled"
                " by putschists and suspended from the organization. The military in power in"
                " these two countries have warned that they would stand in solidarity with Niger"
                " and that any armed intervention would be considered a « declaration of war »"
                " against them",
                approximate=True,
                note=WAR_NOTE + " August 2023, approximate.",
            )
            for c in ("BF", "ML")
        ],
    ],
    ["NE", "NG"],
    "Undated page (English version of a Dakar daily). Niger is the country concerned. Abuja"
    " (Nigeria) hosts the summits: Nigeria takes no position of its own here. Thiès is a"
    " Senegalese garrison town. Cut at the end of a sentence without its full stop ('against"
    " them').",
)

# 727 NaijaOne, undated; Ouattara "upon his return from Abuja" = after the summit of 10 August
# 2023 (named in the text); Seneweb's "Wednesday" (16 August, not in the text): August 2023.
ouattara727 = (
    "Alassane Ouattara also emphasized that his country would provide a battalion of 850 to 1,100"
    " men for the operation, and that Nigeria and Benin would also participate in the operation,"
    " as reported by AFP."
)
write(
    "727_naijaone_senegalese-troops-preparing-to-deploy-to-benin",
    T,
    "unknown",
    [
        st(
            "SN",
            "committed",
            A23,
            "The Senegalese armed forces are preparing to be deployed to Benin for a potential"
            " intervention in Niger under the auspices of the Economic Community of West African"
            " States (ECOWAS), reported Seneweb on Wednesday, citing its sources. According to its"
            " information, Air Senegal has been tasked with facilitating the transfer of 900"
            " soldiers [...] Senegalese authorities have initiated a mobilization",
            contributions=["ground"],
            approximate=True,
            troops=troops(900, 900, "900 soldiers"),
            note="Its forces prepare to deploy, 900 soldiers to be flown, 'authorities have"
            " initiated a mobilization' = committed (ground). The Wednesday is tied to no date in"
            " the text: August 2023, approximate.",
        ),
        st(
            "CI",
            "committed",
            "2023-08-10",
            ouattara727,
            contributions=["ground"],
            speaker="Alassane Ouattara",
            troops=troops(850, 1100, "a battalion of 850 to 1,100 men"),
            note="'his country would provide a battalion of 850 to 1,100 men' = committed"
            " (ground). On his return from the Abuja summit of 10 August 2023.",
        ),
        *[
            st(
                c,
                "committed",
                "2023-08-10",
                ouattara727,
                contributions=["ground"],
                optional=True,
                note="Named only in Ouattara's words ('Nigeria and Benin would also participate'),"
                " one country's account of who else takes part: optional committed (ground). 10"
                " August 2023.",
            )
            for c in ("NG", "BJ")
        ],
        *[
            st(
                c,
                "opposed",
                A23,
                "However, neighboring countries Mali and Burkina Faso stated they would consider"
                " such an action as an attack against themselves.",
                approximate=True,
                note="They would treat the use of force 'as an attack against themselves' ="
                " opposed. August 2023, approximate.",
            )
            for c in ("ML", "BF")
        ],
    ],
    ["NE"],
    "Undated page. Cotonou (Benin) as a possible rear base is the author's report, not Benin's"
    " pledge. The ECOWAS heads of state and chiefs of staff are the organisation. Not cut.",
)
