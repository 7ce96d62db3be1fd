"""Gold for the sadc-mozambique-troops articles (1111-1115)."""

from gold_common import st, troops, write

T = "sadc-mozambique-troops"

# 1111 DHPI, undated (early August 2021: the SAS Makhanda in Pemba, Botswana's troops "in
# the last week").
NONE_1111 = ["MW", "LS", "SZ", "KM", "SC", "CD", "MU", "TZ"]
write(
    "1111_dhpi_sadc-deployment-update",
    T,
    "unknown",
    [
        st(
            "ZA",
            "committed",
            "2021-08",
            "The SANDF deployment to Cabo Delgado is in full swing. The SA Navy strike craft, SAS"
            " Makhanda has made port in Pemba [...] 1. South Africa= 1495",
            ["ground", "sea"],
            approximate=True,
            troops=troops(1495, 1495, "South Africa= 1495"),
            note="Troops of 43 SA Brigade and a navy strike craft: ground and sea. Undated page:"
            " the month of the events (August 2021), approximate.",
        ),
        st(
            "BW",
            "committed",
            "2021-07",
            "Botswana has also in the last week sent 296 troops to aid in the push back efforts."
            " [...] 2. Botswana= 300",
            ["ground"],
            approximate=True,
            alt_dates=["2021-08"],
            troops=troops(296, 300, "296 troops; Botswana= 300"),
            note="'in the last week' on an undated page: late July 2021 (the departure of 26"
            " July, from outside), approximate; August accepted.",
        ),
        st(
            "ZW",
            "committed",
            "2021-08",
            "3. Zimbabwe= 304",
            ["ground"],
            approximate=True,
            troops=troops(304, 304, "Zimbabwe= 304"),
            note="Listed in 'The final total troop deployment per SADC country'.",
        ),
        st(
            "AO",
            "committed",
            "2021-08",
            "4. Angola= 20",
            ["ground"],
            approximate=True,
            troops=troops(20, 20, "Angola= 20"),
        ),
        st(
            "NA",
            "declined",
            "2021-08",
            "5. Namibia= no troops, but a commitment of N$5 800 000 (US$404 000)",
            ["financing"],
            approximate=True,
            note="No troops, money instead: declined, with financing as the other help.",
        ),
        *[
            st(
                c,
                "undecided",
                "2021-08",
                "Malawi, Lesotho, Eswatini, Comoros, Seychelles, DRC, Mauritius and Tanzania all"
                " haven’t sent troops or money or committed to doing so either",
                approximate=True,
                alt_stances=["declined"],
                note="'haven't ... committed' = did not commit: undecided (declined accepted).",
            )
            for c in NONE_1111
        ],
    ],
    ["MZ"],
    "Mozambique is the host. Tanzania's other mention (piracy between Tanzania and Mozambique)"
    " is the same statement's country.",
)

# 1112 iHarare, Tuesday 27 July 2021.
write(
    "1112_iharare_sa-botswana-deploy-troops-to-mozambique",
    T,
    "2021-07-27",
    [
        st(
            "BW",
            "committed",
            "2021-07-26",
            "The governments of South Africa and Botswana have deployed military troops to"
            " Mozambique. [...] Botswana’s President Mokgweetsi Masisi saw off the soldiers at the"
            " Sir Seretse Khama International Airport north of Gaborone on Monday morning.",
            ["ground"],
            alt_dates=["2021-07-27"],
            speaker="President Mokgweetsi Masisi",
            note="'on Monday morning' = 26 July 2021 (publication date accepted).",
        ),
        st(
            "ZA",
            "committed",
            "2021-07-27",
            "The governments of South Africa and Botswana have deployed military troops to"
            " Mozambique. [...] South Africa has also deployed a contingent of special forces.",
            ["ground"],
            note="No time cue: publication date.",
        ),
    ],
    ["ZW", "MZ"],
    "Zimbabwe is named only for a Zimbabwean civilian killed in Palma. Mozambique is the host."
    " Cut off mid-word.",
)

# 1113 Face of Malawi, 6 August 2021 (the URL's date).
write(
    "1113_faceofmalawi_south-african-military-deploys-troops-to-pemba",
    T,
    "2021-08-06",
    [
        st(
            "ZW",
            "committed",
            "2021-08-06",
            "Zimbabwe is sending a team of 304 defence instructors to Mozambique to train"
            " Mozambican troops as part of its commitment to the SADC Standby Force Mission.",
            ["training"],
            alt_stances=["conditional"],
            alt_dates=["2021-07"],
            troops=troops(304, 304, "a team of 304 defence instructors"),
            speaker="Oppah Muchinguri-Kashiri, defence minister",
            conditions="after the signing of the Status Force Agreement",
            note="'is sending' instructors = committed (training). The minister's announcement"
            " 'last week' (late July 2021) accepted as a date. The wait for the status of forces"
            " agreement is a formality of the deployment; conditional accepted.",
        ),
        st(
            "BW",
            "committed",
            "2021-08-06",
            "Already, Botswana has deployed 296 troops to Mozambique to join soldiers from the SADC"
            " region",
            ["ground"],
            troops=troops(296, 296, "296 troops"),
        ),
        st(
            "ZA",
            "committed",
            "2021-08-05",
            "South African media reported yesterday that the country’s South African National"
            " Defence Force (SANDF) showed its presence in the Indian Ocean heading to the Cabo"
            " Delgado",
            ["sea"],
            alt_dates=["2021-08-06"],
            note="'yesterday' = 5 August 2021. A naval presence: sea.",
        ),
    ],
    ["MZ"],
    "Signing the status of forces agreement (South Africa, Botswana) confirms their deployments:"
    " no further statement. Mozambique is the host. Cut off mid-word.",
)

# 1114 Janes, undated (from 21 July 2021).
write(
    "1114_janes_south-africans-deploy-to-mozambique",
    T,
    "unknown",
    [
        st(
            "ZA",
            "committed",
            "2021-07-21",
            "The images showed a South African C-130 transport aircraft at an airport where the"
            " markings on the apron matched those at Pemba. Soldiers were seen unloading Hornets: a"
            " small vehicle used by South African special forces.",
            ["ground"],
            note="Dated by the images of 21 July. The minister's hint that 'the full brigade"
            " might not be deployed' (18 July) qualifies the SADC force's size, not South"
            " Africa's deployment: one statement.",
        ),
        st(
            "BW",
            "committed",
            "2021-07",
            "Mapisa-Nqakula has confirmed that Botswana will provide troops to the SADC force",
            ["ground"],
            approximate=True,
            optional=True,
            speaker="Nosiviwe Mapisa-Nqakula, South African defence minister",
            note="Botswana's contribution as confirmed by South Africa's minister: optional"
            " (another country's word). July 2021, approximate.",
        ),
        st(
            "ZW",
            "committed",
            "2021-07",
            "Zimbabwe has reportedly put troops on standby.",
            ["ground"],
            approximate=True,
            alt_stances=["considering"],
            note="Troops on standby = ready to send (committed); 'reportedly' and no decision:"
            " considering accepted. July 2021, approximate.",
        ),
        st(
            "MW",
            "declined",
            "2021-07-15",
            "a spokesman for the Malawi Defence Force said on 15 July it had “no plans to deploy"
            " troops to Mozambique as of now”.",
            speaker="spokesman, Malawi Defence Force",
            note="'no plans to deploy troops' = declined.",
        ),
    ],
    ["MZ"],
    "'No other contributors have been confirmed yet' names none. Mozambique (its defence"
    " minister on the delay) is the host. Paywalled after this.",
)

# 1115 DHPI, undated (the week of Monday 19 July 2021).
write(
    "1115_dhpi_south-african-forces-arrive",
    T,
    "unknown",
    [
        st(
            "ZA",
            "committed",
            "2021-07-19",
            "South African Special Forces have arrived in Mozambique as part of the SADC regional"
            " standby force. Special Forces appear to have arrived in Pemba on Monday",
            ["ground"],
            approximate=True,
            note="'on Monday' after the 16 and 18 July of the text = 19 July 2021 (the year from"
            " outside: approximate). The minister's remark on the full brigade is about the SADC"
            " force's size; the opposition DA's call for a hold is not the government's.",
        ),
        st(
            "BW",
            "committed",
            "2021-07-19",
            "Photos also showed a Botswana Defence Force C-130 at Pemba unloading troops and"
            " equipment.",
            ["ground"],
            approximate=True,
        ),
        st(
            "RW",
            "committed",
            "2021-07-09",
            "Rwanda, meanwhile, has deployed 1 000 troops to northern Mozambique under a bilateral"
            " agreement. [...] the Rwandan government said on 9 July when the deployment began.",
            ["ground"],
            troops=troops(1000, 1000, "1 000 troops"),
            speaker="the Rwandan government",
            note="The bilateral Rwandan deployment is part of the topic. 9 July 2021.",
        ),
    ],
    ["MZ"],
    "'some SADC members' irked by Rwanda are unnamed. Mozambique is the host. Cut off"
    " mid-sentence.",
)
