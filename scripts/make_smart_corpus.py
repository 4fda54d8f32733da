"""Generate the SMART development set, corpora/generated/smart/dev.jsonl (EVAL-FORMATS.md section 3):
recommendations in the style of published LCSPRs, vague, partial and fully SMART, local and
national, written as statements, 'It is recommended that...', passives and action-plan rows.

Two parts: 180 composed from parts whose criteria are known (owner, action, measure, timescale,
bundling), so the labels follow the label definitions exactly; and 40 written out in full and
labelled by hand.

Run: .venv/bin/python scripts/make_smart_corpus.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "corpora" / "generated" / "smart" / "dev.jsonl"
rng = random.Random(11)

LOCAL_OWNERS = [
    "The Safeguarding Partnership",
    "The ICB",
    "Children's Social Care",
    "The police",
    "The health visiting service",
    "The designated nurse",
    "The local authority's education safeguarding team",
    "The principal social worker",
    "The maternity service",
    "Early Help",
    "The MASH",
    "Each school",
    "GP practices",
    "The Youth Justice Service",
    "CAMHS",
]
NATIONAL_OWNERS = [
    "The Department for Education",
    "The Home Office",
    "The Government",
    "NHS England",
]
TOPICS = [
    "bruising in babies who are not yet mobile",
    "men living in or visiting the household",
    "children missing education",
    "the impact of parental mental health on infants",
    "escalation when a referral is not accepted",
    "neglect in teenagers",
    "safer sleep",
    "domestic abuse notifications",
    "children who are electively home educated",
    "disguised compliance",
    "transfer of records between areas",
]
# (phrase with {t} for the topic, is it a concrete action, does it name a deliverable)
ACTIONS = [
    ("revise the protocol on {t}", True, True),
    ("develop a multi-agency pathway for {t}", True, True),
    ("audit 30 case files involving {t}", True, True),
    ("publish a 7-minute briefing on {t}", True, True),
    ("introduce a checklist for {t} into the referral form", True, True),
    ("agree an information-sharing agreement covering {t}", True, True),
    ("deliver a training module on {t} to front-line staff", True, True),
    ("appoint a lead practitioner for {t}", True, False),
    ("change how supervision addresses {t}", True, False),
    ("consider how practice on {t} can be improved", False, False),
    ("reflect on the learning about {t}", False, False),
    ("be aware of {t}", False, False),
    ("explore ways to strengthen the response to {t}", False, False),
    ("continue to promote good practice on {t}", False, False),
    ("note the importance of {t}", False, False),
    ("emphasise the need for curiosity about {t}", False, False),
]
MEASURES = [
    " and report the findings to the partnership",
    " and provide assurance to the partnership through an audit of 20 cases",
    " and evaluate its impact through a practitioner survey",
]
DEADLINES = [
    " by March 2026",
    " within six months of publication",
    " within 12 weeks",
    " by the next annual report",
    " by the end of 2025",
    " by 31 December 2026",
]
FREQUENCIES = [" quarterly", " on an ongoing basis", " regularly"]


def composed() -> dict[str, object]:
    kind = rng.choices(["local", "national", "none", "exhort"], weights=[70, 10, 10, 10])[0]
    phrase, concrete, deliverable = rng.choice(ACTIONS)
    action = phrase.format(t=rng.choice(TOPICS))
    measure = rng.choice(MEASURES) if rng.random() < 0.35 else ""
    when = rng.random()
    timescale = (
        rng.choice(DEADLINES) if when < 0.5 else rng.choice(FREQUENCIES) if when < 0.65 else ""
    )
    bundle = rng.random() < 0.15
    owner = rng.choice(NATIONAL_OWNERS if kind == "national" else LOCAL_OWNERS)
    if kind == "none":
        verb, rest = action.split(" ", 1)
        participle = {"be": "been"}.get(verb, verb + ("d" if verb.endswith("e") else "ed"))
        text = (
            f"Work should be done to {verb} {rest}{measure}{timescale}."
            if not concrete
            else (
                f"The response should be {participle} so as to {verb} {rest}{measure}{timescale}."
            )
        )
        specific = False  # no one is named (a bundle below may name someone)
    elif kind == "exhort":
        text = f"All agencies should always {action}{measure}{timescale}."
        specific = concrete or bool(measure)
    else:
        style = rng.choice(["plain", "label", "recommended", "table"])
        body = f"{action}{measure}{timescale}"
        if style == "plain":
            text = f"{owner} should {body}."
        elif style == "label":
            text = f"Recommendation {rng.randint(1, 9)}: {owner} will {body}."
        elif style == "recommended":
            text = f"It is recommended that {owner[0].lower() + owner[1:] if owner.startswith('The ') else owner} {body}."
        else:
            text = f"Action: {action[0].upper() + action[1:]}{measure}. Lead: {owner.removeprefix('The ')}. Timescale: {timescale.strip() or 'TBC'}."
        # "not only consider...": a concrete measuring step is itself a concrete action
        specific = concrete or bool(measure)
    if bundle:
        extra_owner = owner if kind != "none" else "Agencies"
        text += (
            f" {extra_owner.removeprefix('The ')} should also review staffing, update the induction "
            "programme and commission a new case-recording system."
        )
        specific = True  # the added sentence names who acts and what they do
    return {
        "text": text,
        "specific": specific,
        "measurable": deliverable or bool(measure),
        "achievable": kind not in ("national", "exhort") and not bundle,
        "time_bound": timescale.strip() in {d.strip() for d in DEADLINES},
    }


# Written out in full: (text, specific, measurable, achievable, time_bound).
# fmt: off
HAND: list[tuple[str, bool, bool, bool, bool]] = [
    ("The Safeguarding Partnership should seek assurance that all agencies ask about adults in the household at the first contact, through an audit of 40 cases by September 2026.", True, True, True, True),
    ("Agencies should reflect on the learning from this review.", False, False, True, False),
    ("Professionals should be more curious about fathers.", False, False, True, False),
    ("The ICB will write to NHS England setting out the learning about records of fathers within three months.", True, True, True, True),
    ("NHS England should introduce a national system linking the records of children and adults.", True, False, False, False),
    ("Children's social care should provide evidence to the partnership that the escalation policy has been relaunched.", True, True, True, False),
    ("The partnership should consider commissioning a review of the front door.", False, False, True, False),
    ("All practitioners should always listen to the voice of the child.", False, False, False, False),
    ("The health visiting service will revise its guidance on missed appointments by June 2026 and test it through a dip sample of 25 records.", True, True, True, True),
    ("Schools should continue to share attendance concerns with the local authority.", False, False, True, False),
    ("The police will ensure domestic abuse notifications reach the health visitor within 24 hours, and will report compliance to the partnership quarterly.", True, True, True, True),
    ("The designated nurse will deliver a training module on bruising to GP practices within 12 weeks of publication.", True, True, True, True),
    ("Learning from this review should be disseminated widely.", False, False, True, False),
    ("The Department for Education should strengthen the law on elective home education.", True, False, False, False),
    ("The partnership will write to the Department for Education with the learning on elective home education by the end of 2025.", True, True, True, True),
    ("The MASH should review its threshold decisions regularly.", True, False, True, False),
    ("The local authority will appoint a named lead for children missing education by April 2026.", True, False, True, True),
    ("Early Help should develop a pathway for families who disengage, publish it, train all staff in its use, audit its impact and report to the executive.", True, True, False, False),
    ("It is recommended that the ICB reviews how GP practices record who lives with a baby, and reports the results to the partnership by the next annual report.", True, True, True, True),
    ("It is recommended that agencies note the importance of information sharing.", False, False, True, False),
    ("Action: Audit 20 strategy discussions for GP involvement. Lead: Designated doctor. Timescale: December 2026.", True, True, True, True),
    ("Action: Raise awareness of safer sleep. Lead: Partnership. Timescale: Ongoing.", False, False, True, False),
    ("Action: Update the neglect toolkit. Lead: Children's Social Care. Timescale: TBC.", True, True, True, False),
    ("The maternity service will add a question about the baby's father to the booking form within six months.", True, True, True, True),
    ("Practitioners must always challenge disguised compliance.", True, False, False, False),
    ("The Youth Justice Service should explore how it can better identify exploitation.", False, False, True, False),
    ("The partnership will publish a 7-minute briefing on this review within four weeks of publication.", True, True, True, True),
    ("CAMHS should emphasise the need for joint working with adult mental health services.", False, False, True, False),
    ("Each school will audit its safeguarding records against the new standard by July 2026 and report the results to the education safeguarding team.", True, True, True, True),
    ("The Home Office should fund more places in refuges.", True, False, False, False),
    ("The principal social worker will lead a practice week on working with fathers by March 2027, and evaluate it through a practitioner survey.", True, True, True, True),
    ("There needs to be better communication between the hospital and community services.", False, False, True, False),
    ("The partnership should be assured that lessons have been learned.", False, False, True, False),
    ("The police should review their response to missing children.", True, False, True, False),
    ("The safeguarding partners should develop, implement and embed a new multi-agency neglect strategy, including a toolkit, training and an audit programme, by March 2026.", True, True, False, True),
    ("GP practices will record a named carer for every child under one by 31 March 2026.", True, False, True, True),
    ("The housing service should share information about overcrowding with health visitors within 28 days.", True, False, True, True),
    ("Children's social care will introduce a supervision template that prompts discussion of the household, within three months.", True, True, True, True),
    ("Agencies should remind staff of the escalation policy.", True, False, True, False),
    ("The partnership should monitor the impact of these recommendations.", False, False, True, False),
]
# fmt: on


def main() -> int:
    records = [composed() for _ in range(180)]
    records += [
        {"text": t, "specific": s, "measurable": m, "achievable": a, "time_bound": tb}
        for t, s, m, a, tb in HAND
    ]
    rng.shuffle(records)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    print(f"wrote {len(records)} recommendations to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
