"""Generate the identifying-details development set, corpora/generated/pii/dev.jsonl (EVAL-FORMATS.md
section 2). Every text is fictional review prose with realistic UK identifiers (Faker en_GB,
en_IN and pl_PL names; NHS numbers with valid check digits; valid NI number prefixes; Ofcom
drama-range and other UK phone formats) and the labels are exact by construction. About a
third of the texts hold only non-identifying mentions (pseudonyms, roles, agencies,
legislation, ages, months and years) that must not be flagged.

The generator deliberately reaches beyond the recognizers' word lists (street types such as
'Brow' or 'Wynd', settings such as 'Learning Campus', lower-case cue-less names), so the
figures it gives are not a closed loop.

Run: .venv/bin/python scripts/make_pii_corpus.py  (Faker is a development dependency)
"""

from __future__ import annotations

import calendar
import json
import random
import re
import sys
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent.parent / "corpora" / "generated" / "pii" / "dev.jsonl"
SEED = 20261122

rng = random.Random(SEED)
fakers = {loc: Faker(loc) for loc in ("en_GB", "en_IN", "pl_PL")}
for i, f in enumerate(fakers.values()):
    f.seed_instance(SEED + i)
GB = fakers["en_GB"]

MONTHS = list(calendar.month_name[1:])
TOWNS = [
    "Leeds",
    "Bradford",
    "Halifax",
    "Huddersfield",
    "Wakefield",
    "Dewsbury",
    "Keighley",
    "Weston-super-Mare",
    "Clevedon",
    "Portishead",
    "Hackney",
    "Coventry",
    "Nuneaton",
]
STREET_TYPES = [
    "Road",
    "Street",
    "Avenue",
    "Lane",
    "Close",
    "Drive",
    "Way",
    "Crescent",
    "Court",
    "Gardens",
    "Place",
    "Terrace",
    "Grove",
    "Walk",
    "Mews",
    "Rise",
    "View",
    "Brow",
    "Wynd",
    "Fold",
    "Parade",
]
BUILDINGS = ["House", "Court", "Tower", "Lodge", "Heights"]
TITLES = ["Dr", "Mr", "Mrs", "Ms", "Miss", "PC", "DC"]


def person() -> dict[str, str]:
    loc = rng.choices(["en_GB", "en_IN", "pl_PL"], weights=[75, 15, 10])[0]
    f = fakers[loc]
    first, last = f.first_name(), f.last_name()
    return {
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "titled": f"{rng.choice(TITLES)} {last}",
    }


def nhs_number() -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def ni_number() -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        return ni_number()
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{first}{second}{digits}{suffix}"


def phone() -> str:
    return rng.choice(
        [
            f"07700 900{rng.randint(0, 999):03d}",
            f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            GB.phone_number(),
            f"0113 496 {rng.randint(0, 9999):04d}",
            f"+44 7700 900{rng.randint(0, 999):03d}",
        ]
    )


def day_date() -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2024)
    month = MONTHS[m - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{str(y)[2:]}",
            f"{d}{suffix} {month} {y}",
            f"{d} {month} {y}",
            f"{d} {month[:3]} {y}",
            f"{month} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {month}",
            f"the {d}{suffix} of {month} {y}",
            f"{d}.{m}.{y}",
        ]
    )


def month_year() -> str:
    return rng.choice(
        [
            f"{rng.choice(MONTHS)} {rng.randint(2015, 2024)}",
            f"early {rng.randint(2015, 2024)}",
            f"the summer of {rng.randint(2015, 2024)}",
        ]
    )


def address() -> str:
    n = rng.randint(1, 240)
    street = f"{GB.last_name()} {rng.choice(STREET_TYPES)}"
    return rng.choice(
        [
            f"{n} {street}",
            f"{n} {street}, {rng.choice(TOWNS)}",
            f"Flat {rng.randint(1, 30)}, {GB.last_name()} {rng.choice(BUILDINGS)}",
            f"{n}{rng.choice('AB')} {street}",
        ]
    )


def institution(kind: str | None = None) -> str:
    place = rng.choice([GB.last_name(), GB.city().split()[0], rng.choice(TOWNS)])
    options = {
        "school": [
            f"{place} Primary School",
            f"St {GB.first_name()}'s Catholic Academy",
            f"{place} High School",
            f"{place} Learning Campus",
            f"{place} Academy",
            f"{place} Church of England Junior School",
        ],
        "health": [
            f"{place} General Hospital",
            f"{place} Medical Practice",
            f"{place} Surgery",
            f"{place} Health Centre",
            f"Royal {place} Infirmary",
        ],
        "early": [
            f"{place} Day Nursery",
            f"Little {rng.choice(['Stars', 'Acorns', 'Owls'])} Nursery",
            f"{place} Children's Centre",
            f"{place} Children's Home",
        ],
    }
    return rng.choice(options[kind or rng.choice(list(options))])


def case_ref() -> str:
    return rng.choice(
        [
            f"CS-{rng.randint(2015, 2024)}-{rng.randint(1000, 99999):05d}",
            f"{rng.randint(10, 24)}/{rng.randint(10000, 999999)}/{rng.randint(15, 24)}",
            f"MOS{rng.randint(1000000, 9999999)}",
            f"{rng.randint(1000000, 9999999)}",
        ]
    )


def vrm() -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    return (
        f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} "
        f"{''.join(rng.choice(letters) for _ in range(3))}"
    )


PSEUDO = ["Child A", "Child LW", "Baby T", "Child K", "Sibling 1", "Adult Male 2", "Young Person B"]
ROLES = [
    "the health visitor",
    "the GP",
    "the social worker",
    "the school nurse",
    "the designated safeguarding lead",
    "the midwife",
    "the team manager",
    "a paediatrician",
]
AGENCIES = [
    "Children's Social Care",
    "the Police",
    "the ICB",
    "the Safeguarding Partnership",
    "Ofsted",
    "the National Panel",
    "the NSPCC",
    "Early Help",
    "the MASH",
    "CAMHS",
]
LAWS = [
    "the Children Act 1989",
    "the Children Act 2004",
    "Working Together 2023",
    "Working Together to Safeguard Children 2018",
    "Keeping Children Safe in Education",
]

# Templates: {LABEL:kind} slots are labelled; {-kind} slots are filler that is never labelled.
POSITIVE = [
    "{PERSON:full} was born on {DATE:date} and lived with {-pseudo_parent} at {ADDRESS:address}, {POSTCODE:postcode}.",
    "{PERSON:first} attended {INSTITUTION:school} until {-month_year}, when {PERSON:first_poss} attendance fell.",
    "{PERSON:titled} at {INSTITUTION:health} saw {-pseudo} on {DATE:date} and recorded a bruise.",
    "The referral gave the child's NHS number as {NHS_NUMBER:nhs} and the mother's mobile as {PHONE:phone}.",
    "Mother's National Insurance number, {NI_NUMBER:nino}, appeared on the housing application.",
    "An e-mail from {EMAIL:email} to {-role} raised the concern on {DATE:date}.",
    "Police attended {ADDRESS:address} after a neighbour called; the crime reference was {ID_NUMBER:caseref}.",
    "The car, registration {ID_NUMBER:vrm}, was seen outside {INSTITUTION:early} on several mornings.",
    "{PERSON:full}, aged {-age}, told his teacher at {INSTITUTION:school} that he was hungry.",
    "{-Role_cap} contacted {PERSON:titled} by telephone on {PHONE:phone} but there was no answer.",
    "Case number {ID_NUMBER:caseref} was closed on {DATE:date} with no further action.",
    "The family moved from {ADDRESS:address} to a hostel in {-month_year}.",
    "{PERSON:first} and {PERSON:first2} were taken to {INSTITUTION:health} by ambulance.",
    "Records held by {-agency} list the father as {PERSON:full}, date of birth {DATE:date}.",
    "On {DATE:date} the nursery manager at {INSTITUTION:early} rang {-agency}.",
    "The postcode {POSTCODE:postcode} placed the home outside the area, so the referral was passed on.",
    "{PERSON:first_poss} grandmother, {PERSON:full2}, cared for him at weekends.",
    "A letter was sent to {ADDRESS:address} on {DATE:date} but was returned unopened.",
    "The school held contact details for {PERSON:titled} ({PHONE:phone}, {EMAIL:email}).",
    "The hospital number and NHS number ({NHS_NUMBER:nhs}) did not match the GP record.",
    "{PERSON:full} had been known to {-agency} since {-year}.",
    "When {-role} visited on {DATE:date}, {PERSON:first} was asleep in a cot with a pillow.",
    "Mother told the review that {PERSON:first} loved going to {INSTITUTION:early}.",
    "{PERSON:titled} from {INSTITUTION:health} wrote to the GP about {PERSON:first_poss} weight.",
    "The MARAC referral, reference {ID_NUMBER:caseref}, named {PERSON:full} as the perpetrator.",
    "the family lived at {ADDRESS:address} {POSTCODE:postcode} from {-month_year}.",
    "{PERSON:first} was excluded from {INSTITUTION:school} on {DATE:date} for three days.",
    "His father, {PERSON:full}, gave his number as {PHONE:phone} and his address as {ADDRESS:address}.",
    "Notes from {DATE:date} record that {PERSON:first} had a burn to the hand.",
    "The health visitor's e-mail to {EMAIL:email} was not answered.",
    "{PERSON:full} (NI {NI_NUMBER:nino}) claimed Universal Credit from that address.",
    "Siblings {PERSON:first} and {PERSON:first2} were placed with foster carers in {-month_year}.",
    "The strategy discussion on {DATE:date} did not include {INSTITUTION:school}.",
    "A neighbour, {PERSON:full}, reported shouting from {ADDRESS:address}.",
    "{PERSON:first} was registered at {INSTITUTION:health} but had not been seen since {-month_year}.",
    "A van, {ID_NUMBER:vrm}, was linked to the mother's partner.",
    "The child protection conference on {DATE:date} agreed a plan; {PERSON:titled} chaired it.",
    "In interview, {PERSON:first} said that {PERSON:first2} had hit him.",
    "The Mosaic record {ID_NUMBER:caseref} shows two contacts that were not linked.",
    "{PERSON:full} and {PERSON:full2} were interviewed under caution on {DATE:date}.",
]

NEGATIVE = [
    "{-Pseudo} lived with Mother and {-pseudo2}; {-role} visited in {-month_year}.",
    "{-Agency_cap} received a referral in {-month_year} and decided no further action was needed.",
    "The review considered the duties set out in {-law} and {-law2}.",
    "{-Pseudo}, aged {-age}, was seen by {-role} and {-role2} during {-year}.",
    "Father did not attend the strategy discussion held by {-agency} in {-month_year}.",
    "{-Role_cap} did not know that Adult Male 2 was living in the household.",
    "Practitioners from {-agency}, {-agency2} and the primary school attended the learning event.",
    "The Safeguarding Partnership will audit 30 case files within 12 weeks of publication.",
    "Section 47 enquiries began in {-month_year} and the initial child protection conference followed.",
    "{-Pseudo} had been on a child protection plan for neglect since {-year}.",
    "Ofsted's inspection in {-year} judged the service to require improvement.",
    "Mother's views are included throughout; Father declined to take part in the review.",
    "The National Panel asks partnerships to publish within seven working days of receiving the report.",
    "Sibling 1 told the school nurse that there was often no food at home.",
    "During the Covid-19 lockdown in {-month_year}, {-role} saw the family by video call.",
    "{-Pseudo} was admitted to the children's ward with a head injury aged {-age}.",
    "The ICB and the Police shared information at the MASH within 24 hours.",
    "Recommendation 3: Children's Social Care should review its escalation policy by {-month_year}.",
    "{-Role_cap} escalated the concern to her supervisor, who agreed a home visit.",
    "Baby T was born at 34 weeks and spent 12 days on the neonatal unit.",
    "The lead reviewer met Mother twice in {-month_year} and once in {-month_year2}.",
    "There were 14 contacts with {-agency} over the two years covered by the review.",
    "The GP practice and the health visiting service used different record systems.",
    "Learning from this review will be shared through 7-minute briefings and the NSPCC repository.",
]


PERSON_SLOTS = {
    "first": ("1", "first"),
    "full": ("1", "full"),
    "titled": ("1", "titled"),
    "first_poss": ("1", "first"),
    "first2": ("2", "first"),
    "full2": ("2", "full"),
}
GENERATORS = {
    "date": day_date,
    "address": address,
    "postcode": GB.postcode,
    "nhs": nhs_number,
    "nino": ni_number,
    "phone": phone,
    "email": GB.email,
    "school": lambda: institution("school"),
    "health": lambda: institution("health"),
    "early": lambda: institution("early"),
    "caseref": case_ref,
    "vrm": vrm,
    "pseudo": lambda: rng.choice(PSEUDO),
    "pseudo_parent": lambda: rng.choice(["Mother", "Father", "her grandmother"]),
    "role": lambda: rng.choice(ROLES),
    "agency": lambda: rng.choice(AGENCIES),
    "law": lambda: rng.choice(LAWS),
    "age": lambda: rng.choice(["3", "14 months", "six", "2"]),
    "month_year": month_year,
    "year": lambda: str(rng.randint(2015, 2024)),
}


def fill(kind: str, people: dict[str, dict[str, str]]) -> str:
    if kind in PERSON_SLOTS:
        key, field = PERSON_SLOTS[kind]
        return people.setdefault(key, person())[field]
    return str(GENERATORS[kind.rstrip("0123456789")]())


def render(template: str) -> dict[str, object]:
    """Fill a template; {LABEL:kind} slots become labelled spans, {-kind} slots filler
    (capitalised when the slot name is, e.g. {-Role_cap})."""
    people: dict[str, dict[str, str]] = {}
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{([A-Z_]+):([a-z_0-9]+)\}|\{-([A-Za-z_0-9]+)\}", template):
        text += template[pos : m.start()]
        if m.group(3):
            name = m.group(3)
            value = fill(name.lower().removesuffix("_cap"), people)
            text += value[0].upper() + value[1:] if name[0].isupper() else value
        else:
            label, kind = m.group(1), m.group(2)
            value = fill(kind, people)
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value + ("'s" if kind == "first_poss" else "")
        pos = m.end()
    text += template[pos:]
    return {"text": text, "spans": spans}


# Held-out templates: written once, never used for tuning; longer passages, comment and
# header styles, lists and tables, so the held-out figure tests generalisation.
HELDOUT_POSITIVE = [
    "Comment [WC1]: check whether {PERSON:full} is the same man who was at {ADDRESS:address} in 2019.",
    "Chronology entry: {DATE:date}. Telephone call from {PERSON:titled} ({PHONE:phone}) to the duty desk. Outcome: advice given.",
    "OFFICIAL-SENSITIVE. Draft v0.4 prepared by {PERSON:full} for the workstream.",
    "Attendance at {INSTITUTION:school} fell to 61% in the spring term. {PERSON:first} was often late and {PERSON:first_poss} uniform was dirty; staff did not ask why.",
    "- Date of birth: {DATE:date}\n- NHS number: {NHS_NUMBER:nhs}\n- Address: {ADDRESS:address}, {POSTCODE:postcode}",
    "| {PERSON:full} | Father | {DATE:date} | {ADDRESS:address} |",
    "When the ambulance crew arrived, {PERSON:first} was unresponsive. She was taken to {INSTITUTION:health}, where she died on {DATE:date}.",
    "The lead reviewer spoke with {PERSON:full}, the maternal aunt, who said the family had been isolated since moving.",
    "Police checks on {PERSON:full} returned an old conviction; the PNC reference {ID_NUMBER:caseref} was not shared.",
    "The GP letter ({EMAIL:email}) was copied to the school but not to {-agency}.",
    "{PERSON:first} told her key worker at {INSTITUTION:early} that 'Daddy shouts'. The key worker recorded it but did not pass it on.",
    "Mother's partner, {PERSON:full} (known as {PERSON:first2}), moved in during {-month_year}.",
    "The vehicle, a grey Ford registered {ID_NUMBER:vrm}, belonged to a family friend.",
    "Housing records show a tenancy at {ADDRESS:address} from {DATE:date}; rent arrears began soon after.",
    "A Section 47 enquiry was opened on {DATE:date} (ref. {ID_NUMBER:caseref}) and closed eleven days later.",
    "At the learning event {PERSON:titled}, the named nurse, reflected that caseloads were too high to follow up missed appointments.",
    "{PERSON:first} and her brother {PERSON:first2} spent most weekends with their grandmother in {-month_year}.",
    "Mother's NI number {NI_NUMBER:nino} and phone {PHONE:phone} were on the referral form.",
]
HELDOUT_NEGATIVE = [
    "The review panel met four times between {-month_year} and {-month_year2}.",
    "Child LW's school reported concerns on three occasions; none reached the threshold for a referral.",
    "Adult Female 1 was not known to services before the birth of Baby T.",
    "In line with {-law}, the partnership notified the National Panel within five working days.",
    "Learning point 2: professional curiosity depends on time, supervision and confidence to challenge.",
    "The health visitor saw the family at home when Child B was 10 days, 6 weeks and 9 months old.",
    "The strategy meeting in {-month_year} included the Police, Children's Social Care and health.",
    "Father's views are not included: he was approached twice and chose not to take part.",
]


def main() -> int:
    records = []
    for i in range(240):
        records.append(render(POSITIVE[i % len(POSITIVE)]))
    for i in range(96):
        records.append(render(NEGATIVE[i % len(NEGATIVE)]))
    rng.shuffle(records)
    heldout = [render(HELDOUT_POSITIVE[i % len(HELDOUT_POSITIVE)]) for i in range(72)]
    heldout += [render(HELDOUT_NEGATIVE[i % len(HELDOUT_NEGATIVE)]) for i in range(32)]
    rng.shuffle(heldout)
    (OUT.parent / "heldout.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in heldout), "utf-8"
    )
    for r in records:  # every span must quote its text exactly
        for s in r["spans"]:  # type: ignore[attr-defined]
            assert r["text"][s["start"] : s["end"]].strip() == r["text"][s["start"] : s["end"]]  # type: ignore[index]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    negatives = sum(1 for r in records if not r["spans"])
    print(f"wrote {len(records)} texts ({negatives} with no identifying detail) to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
