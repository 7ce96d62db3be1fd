"""Gold for the withdraw-from-icc articles (1001-1005, 1021)."""

from gold_common import st, write

T = "withdraw-from-icc"

# 1001 JFJustice, undated (South Africa's revocation of March 2017; "Last year" = 2016).
NOTIFIED = (
    "Last year, Burundi, South Africa and the Gambia formally notified to the Secretary General"
    " of the United Nations that they intended to withdraw from the Rome Statute"
)
write(
    "1001_jfjustice_south-africa-revokes-notice-to-withdraw-from-icc",
    T,
    "unknown",
    [
        st(
            "BI",
            "committed",
            "2016-10",
            "Burundi is the only country with a notice to withdraw from the treaty that creates"
            " the International Criminal Court [...] " + NOTIFIED,
            approximate=True,
            alt_dates=["2016"],
            note="Formally notified its withdrawal 'Last year' = committed. The notices of"
            " October 2016 (from outside the text): approximate month, the year accepted.",
        ),
        st(
            "ZA",
            "committed",
            "2016-10",
            NOTIFIED,
            approximate=True,
            alt_dates=["2016"],
            note="The 2016 notice = committed (the page then reports its revocation: a second"
            " statement, rule 5).",
        ),
        st(
            "ZA",
            "declined",
            "2017-03",
            "after South Africa revoked its notification [...] South Africa’s decision, published"
            " after the High Court found its earlier action to be unconstitutional",
            approximate=True,
            alt_stances=["undecided"],
            note="Revoking the notice = no longer withdrawing: declined. No time cue on an"
            " undated page: the month of the revocation (March 2017), approximate.",
        ),
        st(
            "GM",
            "committed",
            "2016-10",
            NOTIFIED,
            approximate=True,
            alt_dates=["2016"],
            note="The 2016 notice = committed.",
        ),
        st(
            "GM",
            "declined",
            "2017-02",
            "a similar revocation of notice by The Gambia after a new government took office",
            approximate=True,
            alt_stances=["undecided"],
            alt_dates=["2017"],
            note="The new government's revocation = declined. Month from outside the text"
            " (February 2017), approximate.",
        ),
    ],
    ["SD", "GB"],
    "The African Union's 'ICC mass withdrawal strategy' is an organisation's, not a country's"
    " (and not a code of the vocabulary): not coded. Sudan (el-Bashir) and Britain (Tony Blair)"
    " are mentioned.",
)

# 1002 Ius Comparatum, undated (October 2016).
write(
    "1002_iuscomparatum_gambia-south-africa-also-to-withdraw-from-icc",
    T,
    "unknown",
    [
        st(
            "BI",
            "committed",
            "2016-10",
            "Following up on Burundi’s decision to withdraw from the Rome Statute",
            approximate=True,
            note="'decision to withdraw' = committed. No date in the text: the month of the"
            " events (October 2016), approximate.",
        ),
        st(
            "GM",
            "committed",
            "2016-10-26",
            "On 26 October 2016, Gambia announced its withdrawal from the ICC",
            note="Explicit date.",
        ),
        st(
            "ZA",
            "committed",
            "2016-10-21",
            "On 21 October 2016, South Africa also announced its withdrawal from the ICC.",
            note="Explicit date.",
        ),
    ],
    [],
    "The links' titles (Al Jazeera, NYT) repeat the two announcements: no further statement.",
)

# 1003 Intelligence Briefs, 17 November 2016.
write(
    "1003_intelligencebriefs_duterte-may-follow-russia-withdrawal-from-icc",
    T,
    "2016-11-17",
    [
        st(
            "PH",
            "considering",
            "2016-11-17",
            "Philippines President Rodrigo Duterte on Thursday 17th November 2016 said"
            " Philippines might follow Russia and quit being a member of International Criminal"
            " Court (ICC).",
            speaker="President Rodrigo Duterte",
            note="'might follow ... and quit' = considering. Explicit date.",
        ),
        st(
            "RU",
            "committed",
            "2016-11-16",
            "On Wednesday 16th November 2016 Russian President Vladimir Putin signed an"
            " executive order removing Russia from the treaty of the ICC.",
            speaker="President Vladimir Putin",
            note="An order removing Russia from the treaty = committed (Russia had signed, not"
            " ratified). Explicit date.",
        ),
        st(
            "BI",
            "committed",
            "2016-10-12",
            "In Africa, Burundi was the first to declare its intention to withdraw on October 12"
            " and filed a formal withdrawal with the U.N. Secretary General (UNSG).",
            alt_dates=["2016-10-27"],
            note="Declared and filed = committed. 12 October (the filing of 27 October, from"
            " outside the text, accepted).",
        ),
        st(
            "ZA",
            "committed",
            "2016-10-19",
            "South Africa also filed to formally withdraw from the ICC in an Instrument of"
            " Withdrawal dated 19 October 2016.",
            note="Explicit date.",
        ),
        st(
            "GM",
            "committed",
            "2016-10-25",
            "Gambia declared its withdrawal from the ICC on 25 October 2016.",
            note="Explicit date.",
        ),
        *[
            st(
                c,
                "considering",
                "2016-11-17",
                "Reports indicate that Namibia, Kenya and Uganda are contemplating withdrawing"
                " from the ICC.",
                optional=True,
                note="'contemplating withdrawing' = considering; attributed to unnamed reports,"
                " not to the governments: optional. Publication date.",
            )
            for c in ["NA", "KE", "UG"]
        ],
    ],
    [],
    "The author's note on Puntland (Somalia) after the article is site furniture: not coded.",
)

# 1004 Afrika News, undated (late 2016: "last October", Russia "on November 16").
write(
    "1004_afrikanews_burundi-gambia-south-africa-signal-withdrawal-from-icc",
    T,
    "unknown",
    [
        st(
            "BI",
            "committed",
            "2016-10",
            "Burundi, Gambia and South Africa initiated first steps to withdraw from the"
            " International Criminal Court last October. [...] Third term Burundian president,"
            " Pierre Nkurunziza, signed a new decree to withdraw from the ICC",
            note="'initiated first steps to withdraw', a decree = committed. 'last October' ="
            " October 2016 (Russia's 16 November follows).",
        ),
        st(
            "GM",
            "committed",
            "2016-10",
            "Burundi, Gambia and South Africa initiated first steps to withdraw from the"
            " International Criminal Court last October. [...] Gambia president, Yahya Jammeh,"
            " signed a decree to leave the ICC ahead of December elections.",
            note="As Burundi. October 2016.",
        ),
        st(
            "ZA",
            "committed",
            "2016-10",
            "Burundi, Gambia and South Africa initiated first steps to withdraw from the"
            " International Criminal Court last October.",
            note="As Burundi. October 2016.",
        ),
        st(
            "RU",
            "committed",
            "2016-11-16",
            "The three African nations are the first countries to withdraw from the Rome"
            " Statute. Russia followed suite 3 weeks later on November 16.",
            note="'followed suite' in withdrawing = committed. 16 November (2016).",
        ),
        *[
            st(
                c,
                "considering",
                "2016-11",
                "Other African nations such as Uganda, Zimbabwe, and Kenya are leading the"
                " effort at the African Union for a massive pan-continental withdrawal from the"
                " Court.",
                approximate=True,
                alt_stances=["committed"],
                alt_dates=["2016-12", "2017-01"],
                note="Leading a push for a collective withdrawal without announcing their own:"
                " considering (committed defensible). No time cue on an undated page: the"
                " period of the text (late 2016), approximate.",
            )
            for c in ["UG", "ZW", "KE"]
        ],
    ],
    ["CD", "CF", "SD"],
    "DR Congo, the Central African Republic and Sudan are named only as places of ICC"
    " investigations. The text is cut off as stored ('The Gambia has been t').",
)

# 1005 Katehon, 26 October 2016.
write(
    "1005_katehon_african-countries-leave-icc",
    T,
    "2016-10-26",
    [
        st(
            "ZA",
            "committed",
            "2016-10-26",
            "After the Republic of South Africa announced its withdrawal from the program of the"
            " International Criminal Court (ICC), several other countries followed its example.",
            alt_dates=["2016-10-21"],
            note="'announced its withdrawal' = committed. No date in the text: publication"
            " date; the announcement of 21 October (from outside the text) accepted.",
        ),
        st(
            "GM",
            "committed",
            "2016-10-26",
            "Gambia and Burundi have announced its withdrawal from the ICC. Information Minister"
            " Sheriff Bojang declared that the court had been used «for the persecution of"
            " Africans and especially their leaders».",
            speaker="Information Minister Sheriff Bojang",
            alt_dates=["2016-10-25"],
            note="Publication date (the announcement of the night of 25 October accepted).",
        ),
        st(
            "BI",
            "committed",
            "2016-10-26",
            "Gambia and Burundi have announced its withdrawal from the ICC.",
            alt_dates=["2016-10"],
            note="Publication date; October 2016 accepted (Burundi's decisions of 12-18 October).",
        ),
    ],
    [],
    "'several other countries followed its example' (unnamed) is not coded beyond the two named.",
)

# 1021 BusinessWorld, undated (Sunday 18 March 2018; "last Wednesday, March 14").
write(
    "1021_bworldonline_duterte-urges-members-to-withdraw-from-rome-statute",
    T,
    "unknown",
    [
        st(
            "PH",
            "committed",
            "2018-03-14",
            "The President issued a statement last Wednesday, March 14, saying he was having the"
            " country withdraw from the Rome Statute, as subsequently formalized in a notice to"
            " the United Nations secretary-general.",
            speaker="President Rodrigo R. Duterte",
            note="Withdrawal announced and notified = committed. Wednesday 14 March (2018). His"
            " call of Sunday 18 March on others to 'get out' adds no stance of the Philippines.",
        ),
        st(
            "BI",
            "committed",
            "2017-10",
            "“So far, the only nation that has successfully left the ICC is Burundi,” the"
            " detained opposition lawmaker added.",
            approximate=True,
            optional=True,
            alt_dates=["2018-03"],
            note="Burundi has left (its withdrawal took effect on 27 October 2017, from outside"
            " the text), said by an opposition senator, not a government: optional committed."
            " Approximate month; the page's March 2018 accepted.",
        ),
    ],
    ["EU"],
    "Spokesman Roque's 'avalanche of other countries' names none. The EU is named only as the"
    " treaty's alleged sponsor.",
)
