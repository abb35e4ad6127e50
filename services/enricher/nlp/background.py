"""Decide from time expressions whether an incident is the article's news or past context: the `temporal_status`
pipeline component.

Doc contract
    reads   doc.user_data["published"]  (the article's publication date, a datetime.date, or None / absent when
                                          only the receive time is known; see nlp.dated_doc)
            doc._.mentions              (mentions.py: the event mentions)
    writes  doc._.time_reference        (Reference: the news date and year the article is read against)
            Mention.background          (True: an old incident told as background, or one retold by an arrest,
                                          charge or trial, or undated violence after the lead of an article
                                          (titled, in paragraphs, or long) that tells none; False: dated as current;
                                          None: no time cue)
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from services.common.taxonomy import VIOLENT_TYPES

from . import lexicon as lx
from .modality import ERAS, HABITUAL, MODALS, PLAN_HEADS, RETOLD_DEPTH, accuses, attributes, ends_captivity, retelling_head
from .place_words import place_words

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
         "august aug", "september sept sep", "october oct", "november nov", "december dec")
    )
    for m in names.split()
}
ABBREVIATIONS = frozenset(m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # date.weekday() order
WEEKDAYS = frozenset(WEEKDAY_NAMES)
CURRENT_WORDS = frozenset("today yesterday tonight overnight weekend".split())
PRESENT_AUX = frozenset("is are am 's 're".split())  # "are being fired", "is raging": going on as the text is told
PERFECT_AUX = frozenset("has have 've".split())  # "has been raging"
RECURRING_UNITS = frozenset("time day night week".split())  # "all the time", "every day": a habit
TELLING_DAYS = frozenset("today tonight".split())  # the day a text is told, not the day its events happened
MIDWEEK = frozenset({2, 3, 4})  # Wednesday to Friday (date.weekday()): "last weekend" is three days back or more
PAST_UNITS = frozenset("week month year decade".split())  # "a week after": long enough before to be context
UNIT_REACH = 4  # words before "after" a unit of time may stand in ("eight months and a day after")
NEAR_DAYS = frozenset({"two", "2", "of"})  # "two days after", "a couple of days after": still within the news window
PAST_PERIODS = frozenset("year month decade summer winter spring autumn fall years months".split())
PUBLISHED = "published"  # doc.user_data key of the publication date
LEAD_SENTENCES = 1  # the first sentence (the title when there is one): an event named there is the article's news
# Body sentences, after the title if any, that tell an article's news (a standfirst, then the lead): when none tells
# a current incident or demonstration and no sentence dates one as news, an undated one told later is context (the
# old shooting an Apple story or a trial story mentions).
NEWS_LEAD_SENTENCES = 1
ARTICLE_PARAGRAPHS = 3  # an untitled text in this many paragraphs is an article (a feed dropped its headline)
ARTICLE_TOKENS = 150  # an untitled text this long is an article even in one paragraph (a feed that lost its breaks)
DEMONSTRATION_TYPES = frozenset({"protest", "riot"})
# What a seizing verb takes that is ground: towns and districts, military sites, control, territory.
GROUND = place_words("place_nouns") | place_words("local_place_nouns") | lx.SEIZED_GROUND
# An attack dated as news ("after Sunday's deadly attack", "the strikes on Saturday") makes an article about
# violence; an untyped one only when a noun names it an attack that hurt people ("the band killed it on stage
# tonight" is none, nor is "the hunger strike he began on May 2" or "a strike by airport police on Friday").
DATED_NEWS_TYPES = frozenset(VIOLENT_TYPES) | {"untyped"}
NEWS_TYPES = frozenset("battle explosion civilian_attack riot protest untyped".split())
TOLD_RULES = frozenset("temporal modality clause".split())  # rejections that still tell violence in the lead
RECENT_DAYS = 10  # an incident dated within this many days before publication is still news
TELLING_WINDOW = 4  # tokens before a date's preposition where "reports The Hindu" may stand
TELLING_PREFIX = "reports"  # "reportsNewsWire.com": a feed glued the verb to the outlet
GLUED_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(?:[a-z]+)?$")  # "20", "20th", "20night" (a feed lost the space)
WRAP_MONTHS = 6  # months between the dates an undated text names beyond which they span a new year
UNKNOWN_YEAR = 2000  # a leap year: stands for the news year of an undated text without any year
DECADE = re.compile(r"^(19|20)\d0'?s$")
PERIOD_STARTS = frozenset("from since between".split())  # a date after these starts a period
# Months of the northern seasons: "a protest in the spring" told in November is no news.
SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11), "winter": (12, 1, 2)}
FUTURE_SLACK = 1  # days a dated event may lie after publication and still be news (time zones, overnight filing)
SINCE_CHAIN = 3  # verbs of a chain ("started raiding and firing") walked up to the one "since" marks
SINCE_RANK_WINDOW = 4  # tokens before "since" where the ordinal or superlative it counts from may stand
LATER_WINDOW = 4  # tokens at a sentence's start where "two days later" may stand
LATER = frozenset({"later"})
STALE_WEEKDAY_DAYS = 5  # a weekday this many days back, told after the lead, is last week's context
STALE_DATE_DAYS = 5  # a month and day this many days back, told after the lead, is context
CONTEXT_LEAD_SENTENCES = 3  # the title and the two sentences after it: where an article tells its own news
PERIOD_REACH = 6  # tokens before a period's unit where its preposition may stand ("in the first half of the year")
COMING_MODIFIERS = frozenset("upcoming forthcoming coming scheduled".split())  # "the upcoming March 3 vote"
MONTH_LEAD = frozenset("in on since late early mid mid- last of from until by around".split())

if not Doc.has_extension("time_reference"):
    Doc.set_extension("time_reference", default=None)


@dataclass(frozen=True)
class Reference:
    """The article's news date: publication date if known, else the latest date it mentions, and the news year."""

    published: datetime.date | None
    year: int | None
    recent_days: int = RECENT_DAYS
    undated: bool = False  # no publication date was given: `published` is the latest date the text names


def reference_for(doc: Doc, published: datetime.date | None, recent_days: int = RECENT_DAYS) -> Reference:
    """Build the time reference of a document.

    An undated article (a feed without dates, an incident summary) is read as of the latest
    month and day it mentions: "abducted on December 27 ... killed on December 30" are both news,
    "an encounter on September 24" in the same report is background.
    """
    years = [int(t.text) for t in doc if t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100]
    year = published.year if published else (max(years) if years else None)
    return Reference(published or _latest_mentioned(doc, year), year, recent_days, undated=published is None)


def _latest_mentioned(doc: Doc, year: int | None) -> datetime.date | None:
    """Return the latest month-and-day date the text mentions (year wrap-around allowed), or None. Dates written
    with their year are left out when others are not: a summary writes out the year of what is older. The start of
    a period ("from January 1 to December 8", "since March 3") is not the news date either.

    A date of what has not happened yet ("polls will be held on February 13", "is going to hold elections
    on ...") is not the news date: counted from it, the report's own incident would look a month old."""
    named = [t for t in doc if t.lower_.rstrip(".") in MONTHS and t.text[0].isupper() and not _ahead(t)
             and not (t.i > 0 and doc[t.i - 1].lower_ in PERIOD_STARTS)]
    unyeared = [d for d in (_month_day(t) for t in named if _written_year(t) is None) if d]
    dates = unyeared or [d for d in (_month_day(t) for t in named) if d]  # "escaped on October 3, 2013": older
    if not dates:
        return None
    months = [m for m, _ in dates]
    wraps = max(months) - min(months) > WRAP_MONTHS  # "December 29 ... January 2": January is the later one
    month, day = max(dates, key=lambda md: (md[0] + (12 if wraps and md[0] <= 6 else 0), md[1]))
    try:
        return datetime.date(year or UNKNOWN_YEAR, month, day)
    except ValueError:
        return None


def _ahead(date: Token) -> bool:
    """Tell whether a date is of what is yet to come: its nearest verb has a modal ("will be held on") or is an
    infinitive of a plan ("going to hold", "plans to hold"); a decision or a request dated so ("decided to
    restore services from October 14", "asked to stop infiltration on November 22") is news of that day."""
    if _scheduled(date):
        return True
    verb = next((a for a in date.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    head = verb.head
    return infinitive and head != verb and ((head.lemma_ == "go" and head.tag_ == "VBG")
                                            or head.lemma_.lower() in PLAN_HEADS)


def _scheduled(date: Token) -> bool:
    """Tell whether a date names an event still to come by the noun it modifies: "ahead of the June 22 polling",
    "the upcoming March 3 vote"."""
    noun = date
    while noun.dep_ in ("compound", "nmod") and noun.head != noun:
        noun = noun.head
    if noun == date:
        return False
    if any(c.lower_ in COMING_MODIFIERS for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"


def _month_day(tok: Token) -> tuple[int, int] | None:
    """Return (month, day) of "June 16" / "16 June", or None."""
    doc = tok.doc
    for j in (tok.i + 1, tok.i - 1):
        day = _day_number(doc[j]) if 0 <= j < len(doc) else None
        if day is not None:
            return MONTHS[tok.lower_.rstrip(".")], day
    return None


def _day_number(tok: Token) -> int | None:
    """Return the day of the month a token writes ("16", "16th", "20night" where a feed lost a space), or None."""
    match = GLUED_DAY.match(tok.lower_)
    day = int(match.group(1)) if match else 0
    return day if 1 <= day <= 31 else None


def _year_status(tok: Token, ref: Reference) -> bool | None:
    """Status from a four-digit year: earlier than the news year -> background.

    An undated text (an incident summary) dates its news by month and day alone, so a date it writes out
    with its year ("on March 20, 2004", "in 2008") points back to an older incident."""
    year = int(tok.text)
    if ref.year is None or year > ref.year:
        return None
    if year < ref.year or (ref.undated and _calendar_year(tok) and not _of_month_date(tok)):
        return True
    return None


def _of_month_date(year: Token) -> bool:
    """Tell whether a year closes a month date ("December 27, 2015"): the month then dates the incident."""
    doc = year.doc
    return any(doc[j].lower_.rstrip(".") in MONTHS and doc[j].text[0].isupper()
               for j in range(max(0, year.i - 3), year.i))


def _written_year(month: Token) -> Token | None:
    """Return the year written with a month ("March 20, 2004", "20 March 2004", "March 2004"), or None."""
    doc = month.doc
    for j in range(month.i + 1, min(month.i + 4, len(doc))):
        t = doc[j]
        if t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100:
            return t
        if not (t.text == "," or (t.text.isdigit() and int(t.text) <= 31)):
            return None
    return None


def _calendar_year(tok: Token) -> bool:
    """Tell whether a four-digit number is the year of a date ("March 20, 2004", "in 2008"), not a number
    plate or a count."""
    doc = tok.doc
    prv = doc[tok.i - 1] if tok.i > 0 else None
    if prv is None:
        return False
    if prv.text == "," and tok.i > 1:
        prv = doc[tok.i - 2]
    if prv.text.isdigit() and int(prv.text) <= 31 and prv.i > 0:
        prv = doc[prv.i - 1]
    head = tok.head
    while head.pos_ == "PROPN" and head.dep_ == "compound" and head.head != head:
        head = head.head  # "the 2008 Mumbai attacks": the year dates what the name modifies
    if tok.dep_ in ("compound", "nummod", "amod") and head.pos_ == "NOUN":
        return True  # "the 1996 market blast"
    return prv.lower_.rstrip(".") in MONTHS or prv.lower_ in MONTH_LEAD | {"during", "of"}


def _month_status(tok: Token, ref: Reference) -> bool | None:
    """Status from a month name, with its day when given ("on January 28", "in late July")."""
    doc = tok.doc
    month = MONTHS[tok.lower_.rstrip(".")]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prv = doc[tok.i - 1] if tok.i > 0 else None
    day = _day_number(nxt) if nxt is not None else None
    if day is None and prv is not None:
        day = _day_number(prv)
    if nxt is not None and nxt.lower_ == "last" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ == "year":
        return True
    if ref.published is None:
        return True if day is None else None
    written = _written_year(tok)
    year = _news_year(month, ref.published)
    if written is not None and not ref.undated and int(written.text) != year:
        return int(written.text) < ref.published.year  # "Jan. 25, 2011" in a 2016 article
    try:
        when = datetime.date(year, month, day or 15)
    except ValueError:
        return None
    gap = (ref.published - when).days
    if written is not None and ref.undated:
        # An incident summary writes out the year for an older date ("killed on March 20, 2004"), or for the
        # old year's last days when its news is already dated in the new one ("on December 27, 2015 ... on
        # January 2"): current only when a later date within the news window is named.
        # A yeared date after the news date (the news date is read from the undated ones) is older still.
        return day is None or not 0 < gap <= ref.recent_days
    if day is None:
        return None if month == ref.published.month else True
    if gap < -FUTURE_SLACK:
        return True  # "a protest has been announced for February 16" two days ahead: yet to come, never news
    return gap > ref.recent_days


def _season_status(season: str, ref: Reference) -> bool | None:
    """Status from "in the spring": another season than the news date's is past (or yet to come), never news."""
    if ref.published is None:
        return None
    return True if ref.published.month not in SEASONS[season] else None


def _ago_status(tok: Token) -> bool | None:
    """Status from "N days/weeks/years ago"."""
    unit = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if unit.startswith("day") or unit.startswith("hour"):
        return False
    return True if unit.rstrip("s") in ("week", "month", "year", "decade", "century") else None


def token_status(tok: Token, ref: Reference) -> bool | None:
    """Return True (past), False (current) or None for one token that may be a time cue."""
    low = tok.lower_
    doc = tok.doc
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    prv = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if low in WEEKDAYS and tok.i > 0 and doc[tok.i - 1].is_title and not doc[tok.i - 1].is_sent_start and \
            not _after_place(tok):
        return None  # part of a name ("Easter Sunday bombings", "Bloody Sunday"); not "in Sacramento Friday night"
    if low == "weekend" and prv == "last" and ref.published is not None and not ref.undated:
        return ref.published.weekday() in MIDWEEK  # told on a Wednesday to Friday, last weekend is old news
    if low in WEEKDAYS or low in CURRENT_WORDS:
        return False
    if low == "anniversary" or (low == "since" and prv.rstrip("s") in ("year", "month", "decade")):
        return True  # "marks five years since the bombings"
    if low == "last" and nxt in PAST_PERIODS | {"week"}:
        return True
    if low == "earlier" and nxt == "this" and tok.i + 2 < len(doc):
        return doc[tok.i + 2].lower_ in ("year", "month")
    if low == "previously" or (low in ("previous", "past") and prv in ("the", "in", "")):
        return True
    if low == "then" and (nxt == "-" or (prv == "the" and tok.head.pos_ in ("NOUN", "PROPN"))):
        return True  # "then-president Idriss Deby", "the then chief minister": an office since left
    if low in SEASONS and prv == "the" and tok.i > 1 and doc[tok.i - 2].lower_ in ("in", "during"):
        return _season_status(low, ref)
    if low == "ago":
        return _ago_status(tok)
    if low in ("earlier", "before") and prv.rstrip("s") in ("week", "month", "year", "decade"):
        return True
    if low == "before" and nxt == "the" and tok.i + 2 < len(doc) and doc[tok.i + 2].lemma_.lower() in ERAS:
        return True  # "protests before the war": an earlier time
    if tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100:
        return _year_status(tok, ref)
    if DECADE.match(tok.text):
        return True  # "during the 1990s", "in the 2010s": a past decade
    if low.rstrip(".") in MONTHS and tok.text[0].isupper() and (low != "may" or prv in MONTH_LEAD):
        if low.rstrip(".") in ABBREVIATIONS and _month_day(tok) is None:
            return None  # "Jan Mukti Parishad", "Sept" alone: an abbreviation dates only with its day
        return _month_status(tok, ref)
    return None


def _since_clause(trigger: Token, ref: Reference) -> bool:
    """Tell whether a trigger stands in a "since" clause with no news day of its own ("the first election since mass
    protests unseated the president", "the worst unrest since the riots"): what is counted from is older.
    "Since Monday's attack" keeps its day."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for _ in range(SINCE_CHAIN):  # "since the militia started raiding convoys and firing rockets": the verb it chains to
        if any(c.dep_ == "mark" for c in verb.children) or verb.dep_ not in ("xcomp", "conj"):
            break
        verb = verb.head
    marked = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "since":
        scope = trigger
    elif marked and (verb is trigger or trigger.dep_ in ("nsubj", "nsubjpass", "dobj")):
        scope = verb
    else:
        return False
    return not any(token_status(t, ref) is False for t in scope.subtree)


def _after_place(tok: Token) -> bool:
    """Tell whether a token follows a place the resolver placed ("in Sacramento Friday night")."""
    places = tok.doc._.places if Doc.has_extension("places") else None
    return any(m.end == tok.i and m.code for m in places or ())


def is_background(sent: Span, trigger: Token, ref: Reference) -> bool | None:
    """Return the status of the time cue nearest the trigger in its sentence (None: no cue)."""
    if _long_before(sent, trigger) or _period_told_before(trigger) or _since_clause(trigger, ref):
        return True
    best: tuple[int, bool] | None = None
    commemorated = _commemorated(sent, trigger)
    cues = [(tok, status) for tok in sent if (status := token_status(tok, ref)) is not None and tok.i not in commemorated
            and not _dates_the_telling(tok, trigger)]
    verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None) if trigger.pos_ == "NOUN" else None
    if verb is not None and verb.i < trigger.i and any(t.i > verb.i for t, _ in cues):
        # "ULFA on October 15 claimed the attack ... on October 8": a date before the verb dates the claim, an
        # arrest or a recovery, not the event its object names
        cues = [(t, status) for t, status in cues if t.i > verb.i]
    own = [(t, status) for t, status in cues if trigger.pos_ == "VERB" and _clause_verb(t) == trigger]
    cues = own or cues  # "X, who was released on February 13, 2010, was shot dead March 4": the shooting's date
    for tok, status in cues:
        distance = abs(tok.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, status)
    return None if best is None else best[1]


def _weekday_days_back(tok: Token, ref: Reference) -> int | None:
    """Return how many days before publication the weekday a token names fell (its latest past occurrence; the
    publication's own weekday is that day), or None when the token is no weekday or the date is unknown."""
    if tok.lower_ not in WEEKDAYS or ref.published is None or ref.undated:
        return None
    return (ref.published.weekday() - WEEKDAY_NAMES.index(tok.lower_)) % 7


def _last_weeks_context(mentions, ref: Reference, lead_end: int) -> None:
    """Make context a mention told after the lead and dated only by a weekday five or six days back ("A candidate
    was shot dead on Wednesday elsewhere in the province", in a Tuesday story about Monday's attack) when the lead
    told fresher news: last week's incidents such a story recalls. The story's own incident, told in its lead, may
    be days old and stays news."""
    fresh = any(m.background is False and m.sent.start < lead_end for m in mentions)
    if not fresh:
        return
    for m in mentions:
        if m.background is not False or m.sent.start < lead_end:
            continue
        days = [d for t in m.sent if (d := _weekday_days_back(t, ref)) is not None]
        if days and min(days) >= STALE_WEEKDAY_DAYS and not any(t.lower_ in CURRENT_WORDS for t in m.sent):
            m.background = True


def _stale_dates_context(doc: Doc, ref: Reference, lead_end: int) -> None:
    """Make context a mention of a dated article told after the lead and dated only by a month and day
    `STALE_DATE_DAYS` or more before publication ("its authors point to a clash in Kazan on May 9", in a
    story of May 15). An incident days old that an article is about is told in its title and lead, and stays news."""
    if ref.published is None or ref.undated or not _article(doc):
        return
    for m in doc._.mentions or ():
        if m.background is not False or m.sent.start < lead_end or any(t.lower_ in CURRENT_WORDS
                                                                       or t.lower_ in WEEKDAYS for t in m.sent):
            continue
        days = [(ref.published - d).days for t in m.sent if (d := _month_day_date(t, ref)) is not None]
        if days and min(days) >= STALE_DATE_DAYS:
            m.background = True


def _news_year(month: int, published: datetime.date) -> int:
    """Return the year a month without a year falls in: the news year, or the one before for a later month."""
    return published.year if month <= published.month else published.year - 1


def _month_day_date(tok: Token, ref: Reference) -> datetime.date | None:
    """Return the date a month name and its day write ("May 6", "6 May"), in the news year or the one before, or
    None when the token is no such date."""
    if tok.lower_.rstrip(".") not in MONTHS or not tok.text[0].isupper() or ref.published is None:
        return None
    month_day = _month_day(tok)
    if month_day is None:
        return None
    month, day = month_day
    try:
        return datetime.date(_news_year(month, ref.published), month, day)
    except ValueError:
        return None


def _date_later_spans(mentions) -> None:
    """Date an undated mention whose sentence opens "Days later, ..." or "On the same day, ..." like the latest dated
    mention told before it, and one whose sentence opens "The same year, ..." as context:
    "Tensions soared last week after a drone strike ... Days later, an Israeli strike in Beirut killed a commander"
    tells two incidents of last week."""
    for m in mentions:
        if m.background is None and _opens_other_year(m.sent):
            m.background = True
        same_day = _opens_same_day(m.sent)
        if not same_day and (m.background is not None or not _opens_later(m.sent)):
            continue  # "On the same day, ..." takes the day told before even when its sentence was read as news
        before = [x for x in mentions if x.sent.start < m.sent.start and x.background is not None]
        if before:
            m.background = max(before, key=lambda x: x.trigger.i).background


def _statistics_story(doc: Doc) -> bool:
    """Tell whether a titled article's title tallies violence over a period: plural violence that rose or fell
    ("Kidnappings in Colombia rose by a quarter in 2025"), or violence counted over a span of time ("Haiti gang
    violence killed more than 3,100 in six months")."""
    if not _titled(doc):
        return False
    title = next(iter(doc.sents))
    period = _names_period(title)
    changed = any(t.lemma_.lower() in lx.CHANGE_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in lx.TALLIED for c in t.children) for t in title)
    if not (changed or (period and any(t.lower_ in lx.TALLIED for t in title))):
        return False
    # "Attacks on buses rise as gunmen kill 12 near Mandera": a title that also tells an incident is news
    told = [m for m in doc._.mentions or () if m.sent.start == title.start]
    kills = any(t.lemma_.lower() in lx.KILL_VERBS for t in title)
    if kills and any(t.tag_ == "JJS" for t in title):
        return False  # "bombs kill 80 in deadliest Baghdad attacks this year": the year's worst incident
    return period or (all(m.trigger.lower_ in lx.TALLIED for m in told) and not kills)


def _names_period(span: Span) -> bool:
    """Tell whether a span names a period of time that something was counted over ("in six months", "in 2025",
    "over the past year"), not a time it names ("this year")."""
    for t in span:
        spanned = any(p.lower_ in lx.PERIOD_PREPS for p in t.doc[max(span.start, t.i - PERIOD_REACH) : t.i])
        if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") and spanned:
            return True
        if t.lower_ in lx.DURATION_UNITS and t.i > span.start and spanned and (
                t.doc[t.i - 1].like_num or t.doc[t.i - 1].lower_ in lx.PERIOD_LEAD):
            return True
    return False


def _opens_with(sent: Span, words: frozenset[str], links: frozenset[str]) -> bool:
    """Tell whether one of a sentence's first words is one of `words` right after one of `links`."""
    return any(t.lower_ in words and t.i > sent.start and t.doc[t.i - 1].lower_ in links for t in sent[:LATER_WINDOW])


def _opens_later(sent: Span) -> bool:
    """Tell whether a sentence opens with a span of time and "later" ("Days later,", "Two weeks later,")."""
    return _opens_with(sent, LATER, lx.LATER_UNITS)


def _opens_same_day(sent: Span) -> bool:
    """Tell whether a sentence opens with the day of what was told before ("On the same day,", "That night,")."""
    return _opens_with(sent, lx.DAY_WORDS, lx.DAY_LINKS)


def _since_then(tok: Token) -> bool:
    """Tell whether a trigger tells what a first, third or worst is counted from ("the third running since a pair of
    brothers killed three people", "the first visit since the massacre"): told after such a "since", with no weekday
    that makes it the news of the last days."""
    sent = tok.sent
    if any(t.lower_ in WEEKDAYS or t.lower_ in CURRENT_WORDS for t in sent):
        return False
    return any(ranked_since(since) for since in sent if since.lower_ == "since" and since.i < tok.i)


def ranked_since(since: Token, window: int = SINCE_RANK_WINDOW) -> bool:
    """Tell whether a "since" counts a first, third or worst from what follows it ("the deadliest attack since
    2015", "the third running since a pair of brothers killed three people"): a superlative or ordinal before it."""
    sent = since.sent
    return any((t.tag_ == "JJS" and t.lower_ not in ("least", "most")) or t.ent_type_ == "ORDINAL"
               or t.lower_ in ("first", "worst") for t in since.doc[max(sent.start, since.i - window) : since.i])


def _opens_other_year(sent: Span) -> bool:
    """Tell whether a sentence opens with a year told relative to another ("The same year,", "The following year,",
    "That year,"): a year the story named before, never the news of the last days."""
    head = sent[:LATER_WINDOW]
    return any(t.lower_ == "year" and t.i > sent.start and (t.doc[t.i - 1].lower_ in lx.YEAR_LINKS or (
        t.doc[t.i - 1].lower_ == "that" and t.doc[t.i - 1].dep_ == "det")) for t in head)


def _clause_verb(tok: Token) -> Token | None:
    """Return the verb whose clause a token stands in (its nearest verb above it)."""
    return next((a for a in tok.ancestors if a.pos_ == "VERB"), None)


def _dates_the_telling(cue: Token, trigger: Token) -> bool:
    """Tell whether a date dates who told the news, not the trigger: "on <date>" just after a verb of telling and the
    name of its source ("..., reports The Hindu on May 6", "reportsNewsWire.com on May 6" where a feed lost a space),
    wherever the parser hung it; "activists said jets on Friday carried out an air strike" dates the strike."""
    if cue.dep_ != "pobj" or cue.head.lower_ != "on":
        return False
    doc = cue.doc
    i = cue.head.i - 1
    while i >= cue.sent.start and i > cue.head.i - TELLING_WINDOW and (
            doc[i].pos_ == "PROPN" or doc[i].lower_ == "the" or doc[i].is_punct) and not doc[i].lower_.startswith(
            TELLING_PREFIX):
        i -= 1  # back over the source's name
    if i < cue.sent.start or doc[i] == trigger:
        return False
    teller = doc[i]
    named = i < cue.head.i - 1 or teller.lower_.startswith(TELLING_PREFIX)
    return named and (teller.lower_.startswith(TELLING_PREFIX)
                      or (teller.pos_ == "VERB" and teller.lemma_.lower() in lx.SPEECH_VERBS))


def _dated_recent(trigger: Token, ref: Reference) -> bool:
    """Tell whether a verb trigger's own clause dates it within the news window ("who was abducted on Monday")."""
    return trigger.pos_ == "VERB" and any(
        token_status(t, ref) is False and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == trigger
        for t in trigger.subtree)


def _names_recent_day(trigger: Token, ref: Reference) -> bool:
    """Tell whether a trigger's phrase dates it within the news window ("Monday's blast", "the attack on Monday")."""
    return any(token_status(t, ref) is False for t in trigger.subtree)


def _long_before(sent: Span, trigger: Token) -> bool:
    """Tell whether the trigger lies in the "after" phrase of "a week after", "months after": the incident came
    that long before the news the sentence tells ("a week after rebels ambushed a convoy, police ...")."""
    for tok in sent:
        if tok.lower_ != "after" or tok.i == sent.start or tok.i >= trigger.i:
            continue
        scope = tok.head if tok.dep_ == "mark" else tok  # "after rebels ambushed": the clause is the mark's head
        # the parse may hang the clause's verb elsewhere ("weeks after gunmen linked to IS killed 130"): the words
        # up to the trigger with no punctuation between are the "after" phrase too
        unbroken = not any(t.is_punct for t in sent.doc[tok.i + 1 : trigger.i])
        if unit_before(tok) and (trigger in scope.subtree or unbroken):
            return True
    return False


def unit_before(after: Token, reach: int = UNIT_REACH) -> bool:
    """Tell whether a long unit of time leads up to "after" ("a week after", "eight months and a day after"), or
    more than two days do ("days after", "four days after")."""
    for tok in reversed(after.doc[max(after.sent.start, after.i - reach) : after.i]):
        if tok.lower_.rstrip("s") in PAST_UNITS:
            return True
        if tok.lower_ == "days" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ not in NEAR_DAYS):
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _period_told_before(trigger: Token) -> bool:
    """Tell whether the trigger names a period the text told before ("killed more than 300 people during that wave
    of protests"): "during" with "that" or "those" points back to it, not to today's news."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ == "pobj" and node.head.lower_ == "during":
            return any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in node.children)
        if node.pos_ == "VERB":
            return False
    return False


def _commemorated(sent: Span, trigger: Token) -> set[int]:
    """Token indices of "the anniversary of a 1990 rally" when the trigger is outside it: they date the past
    event being marked, not the trigger ("marched on Monday to mark the anniversary of a 1990 rally")."""
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ == "anniversary":
            subtree = {t.i for t in tok.subtree}
            if trigger.i not in subtree:
                out |= subtree
    return out


NAME_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "PERSON"})  # "the Omagh bombing", "the Smith murder"


def _dated_by_telling_day(sent: Span, ref: Reference) -> bool:
    """Tell whether the only time cues of a sentence that say "current" are words for the day it is told ("today",
    "tonight"): they date what is said of a named event, not the event."""
    current = [t for t in sent if token_status(t, ref) is False]
    return bool(current) and all(t.lower_ in TELLING_DAYS for t in current)


def named_event(trigger: Token) -> bool:
    """Tell whether a trigger is a known event called by its name ("the Nanjing massacre", "the Omagh
    bombing", "the bombing of Hiroshima"): told without a date after the first sentence, it is context the
    reader already knows."""
    if trigger.ent_type_ == "EVENT":
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ == "PROPN" and c.ent_type_ in NAME_TYPES
           for c in trigger.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC")
                                                             for g in c.children)
               for c in trigger.children)  # "the bombing of Hiroshima"


def _lead_tells_violence(doc: Doc, end: int) -> bool:
    """Tell whether the lead tells violence or a demonstration: a mention not dated as context, or a candidate set
    aside only as an aggregate, a pattern, unreal or a second mention ("attacks across Iraq killed 50 people" opens
    a round-up whose undated incidents are all news)."""
    if any(m.sent.start < end and m.background is not True and m.type in NEWS_TYPES for m in doc._.mentions or ()):
        return True
    if any(t.lower_ in lx.UNREST_LEAD or t.lemma_.lower() in lx.UNREST_LEAD for t in doc[:end]):
        return True  # "Mosque vandalized": unrest that is no incident, but the story is about unrest
    lead = doc[:end]
    if any(t.lemma_.lower() in lx.OPERATION_LEAD or t.lower_ in lx.OPERATION_LEAD for t in lead) and any(
            t.lower_ in lx.SECURITY_FORCES for t in lead):
        return True  # "troops cleared insurgent camps in the forest": the operation is the news
    if any((t.lemma_.lower() in lx.SEIZURE_LEAD or t.lower_ in lx.SEIZURE_LEAD) and _ground_taken(t) for t in lead) \
            and any(t.lower_ in lx.ARMED_NOUNS for t in lead):
        return True  # "insurgents seized the district headquarters", "troops recaptured the hill town": the front
    limit = doc[end - 1].idx + len(doc[end - 1].text) if end > 0 else 0
    return any(r["start"] < limit and r["type"] in NEWS_TYPES and r["rule"].split(":")[0] in TOLD_RULES
               for r in doc._.rejected or ())


def _attack_named(trigger: Token) -> bool:
    """Tell whether an untyped trigger is a noun naming an attack that hurt people ("the deadly attack", "dozens died
    in the strikes"), not a work stoppage ("a hunger strike", "a strike by police") or an attack in words."""
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in lx.GENERIC and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in lx.STOPPAGES for c in trigger.children) and any(
        t.lower_ in lx.HARM for t in trigger.sent)


def _aged(trigger: Token) -> bool:
    """Tell whether a trigger, or the case it names, is given an age of a week or more ("a 30-year-old arson
    case", "the decade-old killing of a trader"): an old incident, whatever day the sentence dates. A victim's age
    sits on the victim."""
    nodes = [trigger, trigger.head] if trigger.dep_ == "compound" else [trigger]
    return any(c.lower_ == "old" and c.dep_ == "amod" and any(g.lemma_.lower() in PAST_UNITS for g in c.children)
               and any(d.dep_ == "det" for d in node.children)  # a headline's "7-year-old shot" is the victim's
               for node in nodes for c in node.children)


def _ground_taken(verb: Token) -> bool:
    """Tell whether what a seizing verb takes is ground: a named place, a town or district, a military site, control
    ("took control of the district"), not rifles or drugs."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [c for t in taken for c in t.conjuncts]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in GROUND
               for t in taken)


def _days_apart(sent: Span) -> bool:
    """Tell whether a sentence dates its event by days or hours from another ("the talks came two days after an
    attack"): dated against the story's own news, so not told as old context."""
    return any(t.lower_ in ("after", "before", "earlier") and t.i > sent.start
               and t.doc[t.i - 1].lower_.rstrip("s") in ("day", "hour") for t in sent)


def headline(sent: Span) -> bool:
    """Tell whether a sentence is the article's headline (first, on its own line, no final full stop)."""
    return sent.start == 0 and "\n" in sent.text_with_ws[-3:] and not sent.text.rstrip().endswith(".")


def _titled(doc: Doc) -> bool:
    """Tell whether the text opens with a headline."""
    first = next(iter(doc.sents), None)
    return first is not None and headline(first)


def _article(doc: Doc) -> bool:
    """Tell whether a text is an article, which tells its news in its lead: titled, in paragraphs, or long (a feed
    that dropped the headline or the breaks). A short report logs incidents one after another."""
    return _titled(doc) or doc.text.count("\n\n") + 1 >= ARTICLE_PARAGRAPHS or len(doc) >= ARTICLE_TOKENS


def _lead_end(doc: Doc, sentences: int) -> int:
    """Return the token index where the article's first `sentences` sentences end."""
    end = 0
    for i, sent in enumerate(doc.sents):
        if i >= sentences:
            break
        end = sent.end
    return end


class TemporalStatus:
    """Read each mention as the article's news or as background, against the publication date the Doc carries."""

    def __init__(self, name: str, recent_days: int, retold_depth: int, lead_sentences: int = LEAD_SENTENCES,
                 news_lead_sentences: int = NEWS_LEAD_SENTENCES) -> None:
        self.name = name
        self.recent_days = recent_days
        self.retold_depth = retold_depth
        self.lead_sentences = lead_sentences
        self.news_lead_sentences = news_lead_sentences

    def __call__(self, doc: Doc) -> Doc:
        """Set the doc's time reference and every mention's background status."""
        ref = reference_for(doc, doc.user_data.get(PUBLISHED), self.recent_days)
        doc._.time_reference = ref
        named = []
        for m in doc._.mentions or ():
            head = retelling_head(m.trigger, self.retold_depth)
            if head is not None and accuses(head) and m.type in DEMONSTRATION_TYPES:
                head = None  # "a member accused of stabbing a counter-protester": the protester names no old protest
            if head is None:
                m.background = is_background(m.scope, m.trigger, ref)
            else:
                m.background = not ((ends_captivity(head) and _dated_recent(m.trigger, ref))
                                    or (attributes(head) and _names_recent_day(m.trigger, ref))
                                    or (accuses(head) and is_background(m.scope, m.trigger, ref) is False))
            if _aged(m.trigger):
                m.background = True  # "DNA linked a clerk to a decade-old killing on Friday": the link is the news
            if m.background is None and _since_then(m.trigger):
                m.background = True  # "the third running since two brothers killed three people": before the news
            if named_event(m.trigger) and (m.background is None or (
                    m.background is False and _dated_by_telling_day(m.sent, ref))):
                named.append(m)  # "the Korla bombing still dominates the front pages today": the telling's day
        _last_weeks_context(doc._.mentions or (), ref, _lead_end(doc, CONTEXT_LEAD_SENTENCES))
        _stale_dates_context(doc, ref, _lead_end(doc, CONTEXT_LEAD_SENTENCES))
        _date_later_spans(doc._.mentions or ())
        if _statistics_story(doc):
            for m in doc._.mentions or ():
                if m.background is None or _names_period(m.sent):
                    m.background = True  # "Kidnappings rose by a quarter in 2025": undated violence is the tally's
        lead_end = _lead_end(doc, self.lead_sentences)
        for m in named:
            if m.sent.start >= lead_end:
                m.background = True  # context told after the lead
        self._context_after_quiet_lead(doc)
        return doc

    def _context_after_quiet_lead(self, doc: Doc) -> None:
        """In an article (titled, in paragraphs, or long) whose lead tells no violence and which dates none as news,
        make undated violence told later context (the old shooting an Apple story mentions). A short report logs
        incidents sentence by sentence, and an article dating violence as news is about it: both are left alone."""
        mentions = doc._.mentions or ()
        if not _article(doc) or any(m.background is False and m.type in DATED_NEWS_TYPES
                                    and (m.type != "untyped" or _attack_named(m.trigger)) for m in mentions):
            return
        news_end = _lead_end(doc, self.news_lead_sentences + (1 if _titled(doc) else 0))  # the title, then the lead
        if _lead_tells_violence(doc, news_end):
            return
        for m in mentions:
            if m.background is None and m.sent.start >= news_end and not _days_apart(m.sent) \
                    and not _ongoing(m.trigger):
                m.background = True


def _ongoing(trigger: Token) -> bool:
    """Tell whether a trigger's clause tells what is going on now: a present progressive ("mortar rounds are being
    fired at the hills", "the rebels are shelling the town", "fighting has been raging"), its own verb's or the verb it is
    the subject of ("police are investigating a shooting" tells an inquiry going on, not the shooting)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger  # "mortar rounds are being fired"
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else noun.head
    if verb.pos_ not in ("VERB", "AUX") or (verb != trigger and noun.dep_ not in ("nsubj", "nsubjpass")):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    present = bool(aux & PRESENT_AUX) or (bool(aux & PERFECT_AUX) and "been" in aux)
    return present and (verb.tag_ == "VBG" or (verb.tag_ == "VBN" and "being" in aux)) and not _every_time(verb)


def _every_time(verb: Token) -> bool:
    """Tell whether a clause says its violence recurs ("they are bombing us all the time", "every day", "they are
    constantly shelling"): a habit, not what is going on now."""
    doc = verb.doc
    return any(t.lower_ in HABITUAL or (t.lower_ in RECURRING_UNITS and t.i >= 2 and (
        doc[t.i - 1].lower_ == "every" or (doc[t.i - 2].lower_, doc[t.i - 1].lower_) == ("all", "the")))
        for t in verb.subtree)


@Language.factory("temporal_status", default_config={"recent_days": RECENT_DAYS, "retold_depth": RETOLD_DEPTH,
                                                    "lead_sentences": LEAD_SENTENCES,
                                                    "news_lead_sentences": NEWS_LEAD_SENTENCES})
def make_temporal_status(nlp: Language, name: str, recent_days: int, retold_depth: int,
                         lead_sentences: int, news_lead_sentences: int) -> TemporalStatus:
    """Create the temporal status component."""
    return TemporalStatus(name, recent_days, retold_depth, lead_sentences, news_lead_sentences)
