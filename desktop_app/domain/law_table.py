"""Every rule of law the program applies, with its source and the day it was last checked.

A hint names the rules it used by these ids; the record keeps them with the hint's text and
`LAW_CHECKED`, so a reader years later can tell what the till relied on. docs/law.md lists
the same table for people (a test keeps the two in step).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.phrase import phrase
from desktop_app.domain.schema.display import long_date

#: When the rules below were last checked against legislation.gov.uk and the HSE's guidance.
LAW_CHECKED = date(2026, 12, 1)
#: The version of this table a saved hint came from.
LAW_TABLE_VERSION = LAW_CHECKED.isoformat()

CRA = "Consumer Rights Act 2015"
CCR = "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013"


@dataclass(frozen=True)
class Rule:
    id: str
    source: str
    says: str


def _rules(*rows: tuple[str, str, str]) -> dict[str, Rule]:
    return {row[0]: Rule(*row) for row in rows}


RULES = _rules(
    # --- goods ---
    ("CRA s9-11", f"{CRA} ss9-11",
     "Goods must be of satisfactory quality (s9; for second-hand goods judged with their "
     "age, price and description, s9(2)-(3)), fit for a particular purpose made known (s10) "
     "and as described (s11)."),
    ("CRA s15", f"{CRA} s15", "Goods the trader installs and installs wrongly do not conform."),
    ("CRA s19(14)-(15)", f"{CRA} s19(14)-(15)",
     "A fault that becomes apparent within the six months beginning with the day of delivery "
     "is taken to have been there at delivery, unless the trader proves otherwise."),
    ("CRA s19(9)-(11)", f"{CRA} s19(9)-(11)",
     "Other remedies (damages for other loss) stay open."),
    ("CRA s20", f"{CRA} s20(15)-(18)",
     "A refund on rejection is due within 14 days of agreeing, by the same means of payment, "
     "without a fee; no deduction for use on a short-term rejection."),
    ("CRA s22(3)", f"{CRA} s22(3)",
     "The short-term right to reject lasts to the end of the 30 days beginning with the first "
     "day after ownership passed, the goods were delivered and (if the trader installs them) "
     "the customer was told the installation was complete."),
    ("CRA s22(4)", f"{CRA} s22(4)",
     "Goods expected to perish sooner: the short-term right ends when they could reasonably "
     "be expected to perish."),
    ("CRA s22(6)-(8)", f"{CRA} s22(6)-(8)",
     "Asking for a repair or replacement within the 30 days stops them running while the "
     "customer waits (from the day asked to the day the goods come back); at least 7 days "
     "remain after the goods come back."),
    ("CRA s23", f"{CRA} s23",
     "Repair or replacement at the trader's cost, within a reasonable time and without "
     "significant inconvenience."),
    ("CRA s24(5)", f"{CRA} s24(5)",
     "After one failed repair or replacement: a price reduction or the final right to reject."),
    ("CRA s24(8)-(11)", f"{CRA} s24(8)-(11)",
     "A refund on final rejection may be reduced for use, but not within the 6 months "
     "beginning with the first day after delivery (and installation), except for a motor "
     "vehicle (s24(10)(a))."),
    ("CRA s28", f"{CRA} s28",
     "Unless agreed otherwise, goods are delivered without undue delay and within 30 days; "
     "late delivery can end the contract."),
    ("CRA s29", f"{CRA} s29", "Goods are at the trader's risk until the customer has them."),
    # --- digital content ---
    ("CRA s34-36", f"{CRA} ss34-36",
     "Digital content must be of satisfactory quality, fit for purpose and as described."),
    ("CRA s42(9)-(10)", f"{CRA} s42(9)-(10)", "The same six-month presumption as goods."),
    ("CRA s43-44", f"{CRA} ss43-44",
     "Repair or replacement of the content, then a price reduction; no right to reject."),
    ("CRA s46", f"{CRA} s46(3)-(5)",
     "Content that damaged a device: repair within a reasonable time, or compensation paid "
     "within 14 days of agreeing."),
    ("CRA s16", f"{CRA} s16", "Content on a disc or other medium counts as goods."),
    # --- services ---
    ("CRA s49-50", f"{CRA} ss49-50",
     "A service must be done with reasonable care and skill (s49) and as said or written "
     "(s50)."),
    ("CRA s55", f"{CRA} s55", "Repeat performance at the trader's cost, within a reasonable time."),
    ("CRA s56", f"{CRA} s56",
     "A price reduction when repeat performance is impossible or not done in a reasonable "
     "time."),
    # --- cancelling a distance or off-premises sale ---
    ("CCR reg. 27-29", f"{CCR} regs. 27-29",
     "Goods, services and digital content bought online, by phone or mail order, or away from "
     "the shop can be cancelled without a reason."),
    ("CCR reg. 28", f"{CCR} reg. 28(1)",
     "Exempt: goods made to the customer's specification or personalised, goods liable to "
     "deteriorate rapidly, sealed goods unsealed for hygiene reasons, sealed recordings and "
     "software unsealed, newspapers and magazines."),
    ("CCR reg. 30", f"{CCR} reg. 30(2)-(3)",
     "The cancellation period ends 14 days after the day the goods came into the customer's "
     "physical possession; for a service or online digital content, 14 days after the day the "
     "contract was made."),
    ("CCR reg. 31", f"{CCR} reg. 31",
     "If the customer was not told of the right to cancel, the period runs up to 12 months "
     "longer."),
    ("CCR reg. 34", f"{CCR} reg. 34",
     "Refund, including standard delivery, within 14 days of getting the goods back or proof "
     "they were sent; a deduction only for handling beyond what was needed to look at them."),
    ("CCR reg. 36-37", f"{CCR} regs. 36-37",
     "A service begun in the period at the customer's request is paid for in proportion; "
     "online digital content cannot be cancelled once the download began with consent."),
    # --- who holds the rights ---
    ("Third-party rights", "Contracts (Rights of Third Parties) Act 1999 s1; Contract (Third "
     "Party Rights) (Scotland) Act 2017 s1",
     "The statutory rights are the buyer's; a person given the goods can enforce them where "
     "the contract was meant to benefit them (a gift receipt)."),
    # --- time limits ---
    ("Limitation E&W", "Limitation Act 1980 s5",
     "A claim in England and Wales within 6 years of the breach."),
    ("Limitation NI", "Limitation (Northern Ireland) Order 1989 art. 4",
     "A claim in Northern Ireland within 6 years of the breach."),
    ("Prescription Scotland", "Prescription and Limitation (Scotland) Act 1973 ss6 and 11(3), "
     "as amended by the Prescription (Scotland) Act 2018",
     "In Scotland 5 years, from when the customer knew (or could have known) of the loss if "
     "that was later than the breach."),
    # --- incidents: RIDDOR ---
    ("RIDDOR GB", "Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013 "
     "regs. 2(1), 4, 5, 6, 12 and Sch. 1",
     "Physical violence to a worker is an accident. A death or specified injury (fractures "
     "other than fingers, thumbs and toes, amputations, loss of sight, crush injuries, serious "
     "burns, scalping, loss of consciousness): notify the HSE without delay, report within 10 "
     "days. Over 7 days unable to do normal work (rest days counted, not the day itself): "
     "report within 15 days. Over 3 days: record. A member of the public taken to hospital "
     "from the premises: notify without delay, report within 10 days."),
    ("RIDDOR NI", "Reporting of Injuries, Diseases and Dangerous Occurrences Regulations "
     "(Northern Ireland) 1997 regs. 3, 4 and Sch. 1",
     "Reported to HSENI. A death or major injury (as above, and dislocations of the shoulder, "
     "hip, knee or spine, or more than 24 hours in hospital): without delay and within 10 "
     "days. Over 3 days unable to do normal work: within 10 days. A member of the public "
     "taken to hospital: without delay and within 10 days."),
    # --- incidents: offences ---
    ("Scotland 2021 Act", "Protection of Workers (Retail and Age-restricted Goods and "
     "Services) (Scotland) Act 2021 ss1-2",
     "From 24 August 2021, assaulting, threatening or abusing a retail worker is an offence, "
     "aggravated when the worker was enforcing an age restriction."),
    ("Sentencing Act s68A", "Sentencing Act 2020 s68A, inserted by the Police, Crime, "
     "Sentencing and Courts Act 2022 s156",
     "From 28 June 2022, assaulting a person providing a service to the public is a "
     "statutory aggravating factor."),
    ("Crime and Policing Bill", "Crime and Policing Bill (UK Parliament, 2025-26)",
     "An offence of assaulting a retail worker in England and Wales; not treated as in force "
     "because its commencement was not confirmed when this table was checked."),
)

#: The time-limit rule of each nation.
LIMITATION_RULE = {"england": "Limitation E&W", "wales": "Limitation E&W",
                   "northern_ireland": "Limitation NI", "scotland": "Prescription Scotland"}


def checked_line(day: date = LAW_CHECKED) -> str:
    """What the program shows under every hint."""
    return phrase("The law in this guidance was last checked on {day}.", day=long_date(day))
