"""Gold for the ukraine-reassurance-force articles (501-505)."""

from gold_common import st, write

T = "ukraine-reassurance-force"

# 501 Voennoe Delo, dated 5 September 2025, the day after the Paris meeting of 4 September.
write(
    "501_voennoedelo_japan-poland-reject-troops",
    T,
    "2025-09-05",
    [
        st(
            "JP",
            "declined",
            "2025-09-05",
            "Japan and Poland ruled out sending troops to Ukraine, saying their role will remain"
            " limited to support. [...] At a press briefing in Tokyo, Chief Cabinet Secretary"
            " Yoshimasa Hayashi stressed that Japan is not among the 26 countries that pledged to"
            " deploy «deterrence forces» once the conflict ends.",
            speaker="Yoshimasa Hayashi",
            note="'ruled out sending troops', 'not among the 26 countries' = declined. The"
            " briefing has no date of its own: the page's date (5 September 2025).",
        ),
        st(
            "PL",
            "declined",
            "2025-09-04",
            "Poland’s position was outlined earlier by Prime Minister Donald Tusk, who confirmed"
            " that Warsaw has no plans to place troops on Ukrainian territory even after"
            " hostilities cease. Instead, Poland intends to contribute through logistical support"
            " for any future foreign mission.",
            contributions=["logistics"],
            approximate=True,
            speaker="Donald Tusk",
            alt_dates=["2025-09-05"],
            note="'no plans to place troops' with logistical support instead = declined with"
            " logistics. 'earlier' than Hayashi's briefing: estimated the Paris meeting day"
            " (4 September 2025), approximate.",
        ),
    ],
    ["UA", "GB", "FR"],
    "Dated page (12:57 05-09-2025). The 26 nations are unnamed. Macron and Starmer only co-chair"
    " and announce (no position of their own in the text). The odd line 'www.prеsidеnt.gоv.uа'"
    " (Cyrillic look-alike letters, a photo credit) is kept as stored.",
)

# 502 TrendGoss, undated: the Paris summit 'on Thursday' = 4 September 2025.
write(
    "502_trendgoss_26-countries-pledge-troops",
    T,
    "unknown",
    [
        st(
            "DE",
            "undecided",
            "2025-09-04",
            "Germany and Italy have also signaled hesitation. German Chancellor Friedrich Merz"
            " said Berlin would decide “at the appropriate time,”",
            speaker="Friedrich Merz",
            alt_stances=["skeptical"],
            note="'would decide at the appropriate time' = undecided; 'signaled hesitation'"
            " makes skeptical defensible. Date: the Paris summit of Thursday 4 September 2025.",
        ),
        st(
            "IT",
            "declined",
            "2025-09-04",
            "Italian Prime Minister Giorgia Meloni ruled out sending troops but offered to help"
            " monitor any peace deal.",
            contributions=["monitoring"],
            speaker="Giorgia Meloni",
            note="'ruled out sending troops' = declined, the offered monitoring listed.",
        ),
        st(
            "RU",
            "opposed",
            "2025-09-04",
            "Meanwhile, Russia dismissed the initiative outright.",
            approximate=True,
            alt_dates=["2025-09-05"],
            note="Dismisses the force itself = opposed. No date: the summit's day or the next,"
            " approximate.",
        ),
    ],
    ["FR", "UA", "GB", "US", "CN"],
    "Undated page on the coalition summit in Paris of 4 September 2025. Macron announces the 26"
    " (unnamed) nations: the organiser, no stance of France's own in this text. Starmer only"
    " joins remotely; the US only participates through Witkoff. Cut mid-word ('spok').",
)

# 503 Particle, undated: the Paris Declaration (6 January 2026).
decl = (
    "Emmanuel Macron, Keir Starmer and Volodymyr Zelensky signed a declaration in Paris"
    " committing to a multinational reassurance force only after a peace deal, with plans to"
    " establish military hubs across Ukraine."
)
write(
    "503_particle_uk-france-sign-paris-declaration",
    T,
    "unknown",
    [
        st(
            "FR",
            "committed",
            "2026-01-06",
            decl,
            contributions=["ground"],
            speaker="Emmanuel Macron",
            conditions=["after a peace deal"],
            note="A signed declaration committing to the force = committed. The named undated"
            " event, the Paris Declaration, gives 6 January 2026.",
        ),
        st(
            "GB",
            "committed",
            "2026-01-06",
            decl,
            contributions=["ground"],
            speaker="Keir Starmer",
            conditions=["after a peace deal"],
            note="As FR.",
        ),
        st(
            "IT",
            "declined",
            "2026-01-06",
            "Italy and Poland said they will not send troops",
            note="'will not send troops' = declined.",
        ),
        st(
            "PL",
            "declined",
            "2026-01-06",
            "Italy and Poland said they will not send troops",
            note="As IT.",
        ),
        st(
            "DE",
            "declined",
            "2026-01-06",
            "Germany ruled out deploying forces inside Ukraine but indicated it could contribute"
            " from neighboring NATO territory.",
            alt_stances=["considering"],
            note="'ruled out deploying forces inside Ukraine' = declined; the possible"
            " contribution from neighbouring NATO territory makes considering defensible.",
        ),
        st(
            "RU",
            "opposed",
            "2026-01",
            "The Kremlin has repeatedly rejected any Western military presence in Ukraine",
            approximate=True,
            note="Rejects the force itself = opposed. 'repeatedly', no date: January 2026,"
            " approximate.",
        ),
    ],
    ["UA", "US"],
    "Undated summary page (particle.news) of the Paris Declaration of 6 January 2026. The US"
    " leads the envisaged ceasefire monitoring in the framework ('envisions'): no statement of"
    " its own, mentioned. Ukraine is the host. Not cut.",
)

# 504 Liabooks Prism, undated, AI-written summary; it dates the meeting 7 January 2026.
write(
    "504_liabooks_ukraine-security-guarantees-paris",
    T,
    "unknown",
    [
        st(
            "FR",
            "committed",
            "2026-01-07",
            "French President Emmanuel Macron and UK Prime Minister Keir Starmer have signaled"
            " their intent to deploy forces to support Kyiv’s defense and reconstruction. Macron"
            ' stated that "several thousand" French soldiers could be sent to act as a "force'
            ' of reassurance,"',
            contributions=["ground"],
            speaker="Emmanuel Macron",
            troops={"min": None, "max": None, "text": "several thousand"},
            alt_stances=["considering"],
            alt_dates=["2026-01-06"],
            note="'signaled their intent to deploy forces' = committed ('could be sent' makes"
            " considering defensible). The text dates the meeting 7 January 2026 (the Paris"
            " Declaration was signed on the 6th): alt date.",
        ),
        st(
            "GB",
            "committed",
            "2026-01-07",
            "French President Emmanuel Macron and UK Prime Minister Keir Starmer have signaled"
            " their intent to deploy forces to support Kyiv’s defense and reconstruction. [...]"
            ' Meanwhile, the UK plans to establish "military hubs" across Ukraine to safeguard'
            " equipment and military assets.",
            contributions=["ground"],
            speaker="Keir Starmer",
            alt_dates=["2026-01-06"],
            note="As FR.",
        ),
        st(
            "BE",
            "committed",
            "2026-01-07",
            "While Belgium offered naval and air support,",
            contributions=["sea", "air"],
            alt_dates=["2026-01-06"],
            note="Offers naval and air support to the force = committed with sea and air.",
        ),
        st(
            "HR",
            "declined",
            "2026-01-07",
            "Croatia and the Czech Republic refused to send troops.",
            alt_dates=["2026-01-06"],
            note="'refused to send troops' = declined.",
        ),
        st(
            "CZ",
            "declined",
            "2026-01-07",
            "Croatia and the Czech Republic refused to send troops.",
            alt_dates=["2026-01-06"],
            note="As HR. Stopping ammunition funding is not part of this pledge.",
        ),
    ],
    ["UA", "US", "RU"],
    "Undated AI-written summary page (prism.liabooks.com), cut mid-word ('artic'). The US backs"
    " the guarantees ('strongly stands behind') but offers no troops: mentioned. Russia appears"
    " only claiming downed drones. Ukraine is the host.",
)

# 505 Informed Clearly, undated: 'announced today' after the 35-leader meeting of 4 Sept 2025.
write(
    "505_informedclearly_26-nations-ready-to-deploy",
    T,
    "unknown",
    [
        st(
            "NL",
            "considering",
            "2025-09-04",
            "Dutch Prime Minister Dick Schoof, who attended the summit, stated that Netherlands"
            ' must "seriously consider" troop deployment but emphasized the need for'
            " parliamentary approval.",
            contributions=["ground"],
            speaker="Dick Schoof",
            conditions=["parliamentary approval"],
            note="'must seriously consider troop deployment' = considering; parliamentary"
            " approval kept as a condition. Date: the coalition meeting in Paris (26 countries,"
            " 35 leaders) of 4 September 2025.",
        ),
    ],
    ["FR", "UA", "US", "EU", "RU"],
    "Undated page. The 26 countries are unnamed; Macron announces them (organiser). Von der"
    " Leyen's 'fairly precise plans' of 'European nations' is no position of the EU on its own"
    " participation. Cut ('preco').",
)
