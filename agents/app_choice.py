"""Which app a task needs: its words against what the device says about each app.

An app is *named* when the task says a word of its label, or of its package ("in Maps", "on
Signal", "my Keep notes"), and *needed* when the task's words point at a general Android app
category (call or dial: a dialer; text: messaging; timer or alarm: a clock; meeting or schedule:
a calendar; directions: maps; Wi-Fi: settings) and the app belongs to that category by its label
(in the languages phones ship: "Phone by Google", "Samsung Messages", "電話", "Телефон") or its
package ("com.samsung.android.dialer", "com.sec.android.app.clockpackage"). Vendor-neutral:
no phone's app list is known here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..device.types import AppInfo
from . import transliterated
from .app_cues import glossed, other_languages
from .bought import bought_words
from .kept_in import kept_in
from .kind_places import before_message, kind_words, kinds_said
from .opened_apps import opened, without_verbs
from .page_answers import phone_fact
from .place_names import about_a_place
from .spelling import slipped_names
from .switch_states import setting_names
from .text import FULL_NAME, overlap, words
from .whole_words import PHRASE_JOIN, label_unsaid, unsaid_keys, whole_words


@dataclass(frozen=True)
class Category:
    cues: frozenset[str]  # task words that need an app of this kind
    apps: frozenset[str]  # words of such an app's label or package, in common phone languages
    phrase: re.Pattern[str] | None = None  # a phrase that needs it where no single word does
    reading: Callable[[str], bool] | None = None  # a reading of the task that needs it ("Elm Corner Deli": a map)
    kinds: frozenset[str] = frozenset()  # nouns for such an app said as the place to act ("in my mailbox")
    wholes: tuple[str, ...] = ()  # cue words that count only said whole ("アラーム", "báo thức": agents/whole_words.py)
    plain: frozenset[str] = frozenset()  # the keys of the other cue words

    def heard(self, task_words: set[str], task: str) -> set[str]:
        """The task's words among the cues, but a pair of kana or one syllable of a cue said only in part ("ホーム"
        has "ーム" of "アラーム", alarm; "thông báo", notification, "báo" of "báo thức")."""
        hits = glossed(task_words, task) & self.cues  # "kiểm tra pin": the battery, in Vietnamese
        return hits - unsaid_keys(self.wholes, task, self.plain) if task and self.wholes and hits - self.plain else hits

    def cued(self, task_words: set[str], task: str) -> bool:
        """Does the task need an app of this kind: one of its words, its phrase, or its reading?"""
        return bool(self.heard(task_words, task)) or bool(task and (self.phrase and self.phrase.search(task)
                                                                   or self.reading and self.reading(task)))


def _category(cues: str, apps: str, phrase: str = "", reading: Callable[[str], bool] | None = None) -> Category:
    cues = f"{cues} {other_languages(apps.split(maxsplit=1)[0])}"  # "llama a Ana" as "call Ana"
    label_words = frozenset(words(apps, stopwords=frozenset()))
    plain = " ".join(w for w in cues.split() if not whole_words(w))
    return Category(frozenset(words(cues.replace(PHRASE_JOIN, " "), stopwords=frozenset())), label_words,
                    re.compile(phrase, re.I) if phrase else None, reading, label_words | kind_words(apps.split(maxsplit=1)[0]),
                    tuple(whole_words(cues)), frozenset(words(plain, stopwords=frozenset())))


# A ranked place ("the top-rated ramen spot", "the best Thai place", "the closest brunch joint"): places are
# ranked where places are kept, in a map app ("the best photo of the place" ranks photos).
_RANKED_PLACE = (r"\b(?:best|top|highest|nearest|closest|cheapest|favou?rite)(?:[- ]rated|[- ]reviewed)?\s+"
                 r"(?:(?!(?:of|in|on|at|from|for|to|with|the|a|an|and|or)\b)[\w'&\-]+\s+){0,3}"
                 r"(?:place|spot|joint|venue|hangout|eatery)s?\b")


# "What time does Guitar class start?", "when does the offsite end": a thing that starts and ends at a time
# is an event (a timer's or a download's end is not)
_STARTS = (r"\b(?:what time|when)\s+(?:does|do|did|will)\s+(?!(?:the\s+|my\s+|this\s+)?(?:timer|alarm|countdown|stopwatch"
           r"|download|upload|update|sale|offer|deal|subscription|trial|battery)\b)[^?.;,]{1,60}?\s+(?:start|begin|end|finish)\b"
           r"|\b(?:start|end|finish)(?:ing)? time of\b")

# "tell Bo ...", "let Ana know ...": a message to someone (the readers say every language's message as 'tell X saying "..."')
_TOLD = (r"^\W*(?:please\s+)?(?:tell\s+(?!(?:me|us|myself|you)\b)\w|let\s+(?!(?:me|us)\b)\w[\w'\-]*(?:\s+[\w'\-]+)?\s+know\b"
         r"|ask\s+(?:(?-i:[A-Z])[\w'\-]*|him|her|them|(?:my|our)\s+[\w'\-]+)(?:\s+(?:if|whether)\b|\W*$))")  # "ask Bo if he's in"

# A flight is a trip ("when is my flight", "book a flight to Paris"); the phone's setting is its mode, or a flight switched
_FLIGHT_MODE = (r"\bflight[\s\-]*mode\b|\b(?:turn|switch|toggle)\s+(?:on|off)\s+(?:the\s+)?flight\b|\bflight\s+(?:on|off)\b"
                r"|\b(?:enable|disable)\s+(?:the\s+)?flight\b")

# "a playlist called Road trip", 'an alarm (for 7:30) called "Gym"': "called" before a thing's name says what it is named, no call
_NAMED = re.compile(r"\b(?:a|an|the|my|our|new|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:(?:for|at|on) [\w:.]+\s+)?called\s+(?=[\"“'«]|(?!(?:I|Me|Monday|Tuesday"
                    r"|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday)\b)(?-i:[A-Z]))", re.I)

# A call planned ("schedule a call with Mark", "set up a video call for Friday", "book a call"): a meeting, no dialling now
_PLANNED_CALL = re.compile(r"\b(?:schedule|set\s+up|book|plan|arrange)\s+(?:a|an|my|the|our)\s+(?:[\w\-]+\s+)?calls?\b", re.I)

_OWNER_OF = (r"\bwhose (?:phone |mobile |cell )?(?:number|e-?mail|address)\b|\bwho\b[^.;?]{0,40}?\+?\d[\d ().\-]{6,}\d"
             r"|\+?\d[\d ().\-]{6,}\d[^.;]{0,40}?\bwho\b|\bwho\b[^.;?]{0,40}?\b[\w.+\-]+@[\w\-]+\.\w+")

CATEGORIES: tuple[Category, ...] = (
    _category("wifi wlan bluetooth airplane aeroplane hotspot tethering brightness wallpaper ringtone volume "
              "network data saver battery nfc vpn display dark theme font", "settings setting 設定 설정 设置 настройки "
              "ajustes configuración paramètres réglages einstellungen impostazioni configurações الإعدادات", _FLIGHT_MODE,
              reading=phone_fact),  # "which Android version do I have?", "my own number?": on its About page
    _category("call called calling caller dial dialled dialed ring rang rung ringing phoned voicemail", "dialer phone call 電話 전화 电话 телефон teléfono "
              "téléphone telefon telefono telefone هاتف"),
    _category("text texted texting message messaged sms mms", "messaging messages message sms mms メッセージ 메시지 信息 短信 "
              "сообщения mensajes nachrichten messaggi mensagens رسائل", _TOLD),
    _category("chat messenger group pin unpin mute unmute", "chat whatsapp telegram signal messenger wechat line viber"),
    _category("contact", "contacts contact people 連絡先 연락처 联系人 контакты contactos kontakte contatti contatos",
              _OWNER_OF),  # "whose number is +1 555 0100?": the person is in the contacts
    _category("alarm timer stopwatch countdown wake", "clock deskclock alarm alarmclock 時計 시계 时钟 часы reloj "
              "horloge uhr orologio relógio"),
    _category("event meeting appointment calendar schedule agenda monday tuesday wednesday thursday friday saturday "
              "sunday", "calendar カレンダー 캘린더 日历 календарь calendario calendrier kalender", _STARTS),
    _category("email mail inbox emailed mailed", "mail email gmail outlook inbox メール 메일 邮件 почта correo"),
    _category("navigate directions route restaurant cafe coffee nearest closest", "maps map navigation マップ 지도 地图 карты "
              "mapas", _RANKED_PLACE, about_a_place),  # "the phone number of Elm Corner Deli": a place
    _category("photo picture selfie album image video jpg jpeg png heic", "camera gallery photos photo album "
              "ギャラリー 갤러리 相册 图库 галерея galería galerie galleria"),
    _category("url site website web page link bookmark browse browsing browser tab", "chrome browser internet firefox web "
              "ブラウザ 브라우저 浏览器 браузер navegador"),
    _category("file document download folder pdf doc docx txt rtf odt xls xlsx csv ppt pptx mp3 m4a wav ogg flac zip apk", "files documents file downloads filemanager myfiles ファイル 파일 "
              "文件 файлы archivos fichiers dateien"),
    _category("remind reminder", "reminder reminders tasks todo recordatorio recordatorios rappels lembretes promemoria "
              "erinnerungen 提醒 リマインダー 리마인더"),  # "remind me to call Bo": a reminders app's
    _category("note memo", "notes note keep memo notepad メモ 메모 笔记 заметки notas"),
    _category("price cost cart basket buy order checkout purchase cheapest expensive product products",
              "shop shopping amazon ebay etsy"),
)
_KINDS = frozenset().union(*(c.kinds for c in CATEGORIES))
_KIND_NAMES = frozenset().union(*(c.cues | c.apps for c in CATEGORIES if not c.cues & {"buy"}))  # besides a shop's
_PACKAGE_NOISE = frozenset("com org net android google apps app mobile client lite sec".split())
_READING = 1.0  # the most another app scores inside the app a task's object is read in (below its own rows and tabs)
_AFFIX = 5  # a category word this long also counts at either end of a package part ("clockpackage")


@dataclass(frozen=True)
class AppChoice:
    app: AppInfo
    score: float
    current: bool  # the screen shows this app now


def as_app(app: AppInfo | str) -> AppInfo:
    """An AppInfo for ``app``; a bare label (accepted while callers move to AppInfo) has no package,
    so it counts as the current app when its words are among the screen package's words."""
    return app if isinstance(app, AppInfo) else AppInfo(label=app, package="")


def package_words(package: str) -> set[str]:
    return words(package.replace(".", " ").replace("_", " ")) - _PACKAGE_NOISE


def app_words(app: AppInfo) -> set[str]:
    """Words that name an app: its label's and its package's (minus com/android/google...)."""
    return words(app.label) | package_words(app.package)


def categories_of(app: AppInfo) -> list[Category]:
    """The categories the app belongs to, by its label's words and its package's parts."""
    label, parts = words(app.label), package_words(app.package)
    out = []
    for category in CATEGORIES:
        if (label | parts) & category.apps or any(
                part.startswith(w) or part.endswith(w) for part in parts for w in category.apps if len(w) >= _AFFIX):
            out.append(category)
    return out


_SUBJECT_VERB = re.compile(r"\b(?:I|we|you|they|he|she)\s+(?!(?:am|are|is|was|were|have|had)\b)([a-z]+)\b")
_DOING = re.compile(r"\b(?:(?-i:[A-Z])\w*|it|this|that)\s+([a-z]+)s\s+[a-z]{2,}ing\b")  # "Signal keeps showing": a verb
_HELD = frozenset().union(*(c.cues for c in CATEGORIES))  # the things apps hold: messages, tabs, events...
# things an app is said to own besides its category's cues: "a WhatsApp conversation", "my Outlook account"
_OWNED = _HELD | frozenset("msg dm conversation thread post story feed account profile playlist song track episode channel".split())
_LINKS = frozenset("a an the to of in on for and or with my me from by at as is are app how what when where who which why "
                   "whose please i you we there so then can could".split())  # "in signal how many ...": no compound


def _in_compound(label: str, task: str) -> bool:
    """Is every mention of the label the first half of a compound noun ("phone number", "Phone cases",
    "my phone connected")? Then it names a thing, not the app ("in Phone", "Phone app", and "Signal
    group", "Chrome tab": a thing that apps hold, do name it). A label of two words or more said whole is the
    app's name whatever follows ("ouvre Orange Money stp")."""
    if len(label.split()) > 1:
        return False
    found = list(re.finditer(rf"\b{re.escape(label)}\b\s*(\w*)", task, re.I))
    return bool(found) and all(m.group(1) and m.group(1).casefold() not in _LINKS and not words(m.group(1)) & _HELD
                               for m in found)


def _owned_heads(task: str, apps: Sequence[AppInfo]) -> tuple[set[str], set[str]]:
    """The apps a task names as a thing's owner ("a WhatsApp message", "my outlook email", "the Firefox
    tab": a label right before a thing apps hold), and the words of those things that only ever come
    after such a label: they name the thing, not another app ("message" is no Messages app there)."""
    owners, heads, elsewhere = set(), set(), set()
    labels = [a.label for a in apps if a.label]
    for label in labels:
        for m in re.finditer(rf"\b{re.escape(label)}\s+(\w+)", task, re.I):
            held = words(m.group(1)) & _OWNED
            if held and not words(m.group(1)) & words(label):
                owners.add(label)
                heads |= held
    for w in heads:  # a head word said once more on its own still names its app
        bare = rf"(?<!\w)(?:{w}\w{{0,3}})\b"
        for m in re.finditer(bare, task, re.I):
            before = task[:m.start()].rstrip()
            if not any(before.casefold().endswith(label.casefold()) for label in owners):
                elsewhere.add(w)
    return owners, heads - elsewhere


_TOPIC = re.compile(r"\babout\s+(?:(?!\b(?:and|then|but|so)\b)[^.;,:?!\"“])+"
                    # "after last Friday's meeting, text Bo", "email Ana the agenda before the meeting": when, not where
                    r"|\b(?:before|after|until|till|once|as\s+soon\s+as|whenever|después\s+de|antes\s+de|luego\s+de|depois\s+d[eoa]"
                    r"|après|avant|dopo|prima\s+d[i'])\s+(?!(?:is|are|was|were|does|do|did|will|you)\b)"
                    r"(?:(?!\b(?:and|then|but|so)\b)[^.;,:?!\"“])+", re.I)


def _without_topic(task: str, task_words: set[str], kinds: Sequence[Category] = CATEGORIES) -> tuple[str, set[str]]:
    """The task and its words without what it is about ("call the pharmacy about my order", "email Sarah about the calendar
    invite") or when it is done ("before the meeting on Monday"), when the rest already needs an app of a ``kinds`` (those
    on the phone: "remind me about the meeting" needs a reminders app where there is one): a topic is what is said or
    asked, a time when, not where to act."""
    topics = _TOPIC.findall(task)
    if not topics:
        return task, task_words
    rest = _TOPIC.sub(" ", task)
    outside = task_words - (set().union(*(words(t) for t in topics)) - words(rest))
    return (rest, outside) if any(c.cued(outside, rest) for c in kinds) else (task, task_words)


def _source_of_people(label: str, task: str) -> bool:
    """Is every mention of the label where the person a message goes to is kept ("a chat with Bo Li from my contacts",
    "send it to Ana Ruiz from my contacts")? Then it names who, not the app to act in."""
    found = list(re.finditer(rf"\b{re.escape(label)}\b", task, re.I))
    return bool(found) and all(re.search(rf"\b(?:with|to) (?:{FULL_NAME}) (?:from|in|on) (?:my|the) $", task[:m.start()])
                               for m in found)


# "any new emails from Amazon", "the last text I got from Uber", "did Chase email me": who sent a mail or a text, not
# the app to read it in (a mail or messaging app that the mail or text came from is where it is: "texts from Signal")
_SENT_FROM = re.compile(r"(?:\b(?:the|a|an|my|any|all|no|some|those|these|that|this|every|each)\s+(?:[\w\-]+\s+){0,2}"
                        r"(?:e-?mail|mail|text|sms)|\b(?:e-?mails|mails|texts|smses))\s+(?:[\w']+\s+){0,2}?from\s+(?:the\s+)?$", re.I)
# (the thing, not the verb: "email Orla from Contacts" is whom to write)
_SENT_BY = re.compile(r"^\s+(?:e-?mailed|e-?mail|mailed|texted|text|sent|wrote)\s+(?:me|us)\b", re.I)
_SENDING_KINDS = frozenset({"mail", "messaging", "chat"})
_SENT_AS = re.compile(r"^\s+(?:e-?mails?|mails?|newsletters?|texts?|sms(?:es)?)\b", re.I)  # "the Amazon email": who sent it


def _sender_only(app: AppInfo, task: str) -> bool:
    """Is every mention of the app's label the sender of a mail or a text (and the app no mail or messaging app)?"""
    said = "|".join(re.escape(w) for w in app.label.split())  # "Amazon" said for "Amazon Shopping"
    found = list(re.finditer(rf"\b(?:{said})\b", task, re.I)) if said else []
    return bool(found) and all(_SENT_FROM.search(task[:m.start()]) or _SENT_BY.match(task[m.end():])
                                or _SENT_AS.match(task[m.end():]) for m in found) \
        and not any(c.apps & _SENDING_KINDS for c in categories_of(app))


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _address_only(task: str) -> set[str]:
    """Words said only inside an e-mail address ("ana@mail.com", "bo@outlook.de"): a domain names no app."""
    inside = set().union(*(words(a.replace(".", " ").replace("@", " ")) for a in _ADDRESS.findall(task)))
    return inside - words(_ADDRESS.sub(" ", task)) if inside else set()


def choose(task_words: set[str], package: str, apps: Sequence[AppInfo], task: str = "", verbs: set[str] = frozenset(),
           verb: str = "") -> list[AppChoice]:
    """The apps the task names or needs, scored; while in one of them, the others wait (hopping
    between two apps is a loop). ``verbs`` (the task's clause verbs) name no app ("keep the rest"
    is no Keep Notes); ``verb``, the task's first word, alone weighs half a category. Words of the message the task
    sends, of what it is about, "called" before a name and a planned or video call need no app."""
    out, inside = [], False
    spoken = before_message(task)  # "text Bo: can you order the cake?": the message's words need no app
    task_words = task_words - (words(task[len(spoken):]) - words(spoken))
    if len(_NAMED.findall(spoken)) == len(re.findall(r"\bcalled\b", spoken, re.I)):
        task_words = task_words - {"called"}
    if len(_PLANNED_CALL.findall(spoken)) == len(re.findall(r"\bcalls?\b", spoken, re.I)):
        task_words = task_words - {"call"}  # "schedule a call with Mark on Thursday": an event to put in the calendar
    if len(re.findall(r"\bvideos?[\s\-]+(?:calls?|chats?|conferences?|meetings?)\b", spoken, re.I)) == len(
            re.findall(r"\bvideos?\b", spoken, re.I)):
        task_words = task_words - {"video"}  # "a video call": the call's kind, no video to show
    kinds_here = [c for c in CATEGORIES if any(c in categories_of(a) for a in apps)] if apps else CATEGORIES
    spoken, task_words = _without_topic(spoken, task_words, kinds_here)  # "call the pharmacy about my order": no shop
    task_words = task_words - (bought_words(spoken) & _KIND_NAMES)  # "buy a wall calendar": a product, a shop's
    task_words = (task_words | setting_names(task, task_words)) - _address_only(task)  # "выключи вайфай" needs the settings
    task_words |= slipped_names(task_words, set().union(*(words(a.label) for a in apps)))  # "on Sihnal": Signal
    said = set().union(*(words(m.group(1)) for m in [*_SUBJECT_VERB.finditer(task), *_DOING.finditer(task)]))
    # "I keep going back", "it keeps asking": a verb, no app
    verbs = set(verbs) | said
    verbs -= {w for a in apps if a.label and re.search(rf"\b{re.escape(a.label)}['’]\w", task)  # "Getir'den": a name
              for w in words(a.label)}  # with its case ending (Turkish, Finnish) is no verb, even said first
    verbs -= {w for a in apps if a.label and task and opened(task, a.label) for w in words(a.label)}  # "wave kholo"
    capitalised = {a.label for a in apps if a.label[:1].isupper() and re.search(rf"\b{re.escape(a.label)}\b", task)}
    owners, heads = _owned_heads(task, apps) if task else (set(), set())
    kinds = kinds_said(task, _KINDS, _HELD) if task else set()  # "in my mailbox": the app of that kind, the things in it no app's name
    placed = {a.label for a in apps if kinds and any(kinds & c.kinds for c in categories_of(a))}
    if placed and not owners:
        owners, heads = placed, set(task_words) & _OWNED - kinds
    for app in apps:
        label = words(app.label)
        opens = bool(task) and opened(task, app.label)  # "ouvre wave stp, ... senelec": the verb's object
        as_verb = {verb} if verb in label and _sets_up_other(verb, task_words, spoken, app) else set()  # "设置...闹钟"
        named = overlap(task_words - verbs - as_verb - (heads if app.label not in owners else set())
                        - label_unsaid(app.label, task), label) * (
            0.25 if task and not opens and _in_compound(app.label, task) else 1.0)
        if capitalised - {app.label} and app.label not in capitalised and app.label[:1].isupper():
            named *= 0.25  # "a Signal chat with Ana from my contacts": the people, not the app
        named += overlap(task_words - label - verbs, package_words(app.package))
        named += 1.0 if not named and task and (opens or transliterated.said(without_verbs(task), app.label)) else 0.0
        # "বিকাশ" said in its script; "افتح الواتس": the open-verb's object, clipped
        needed = sum(1.0 if category.heard(task_words, spoken) - {verb} or not category.heard(task_words, spoken) else 0.5
                     for category in categories_of(app) if category.cued(task_words, spoken))
        sender = bool(task and app.label) and _sender_only(app, task)  # "emails from Amazon": who, not where
        if task and app.label and (sender or _source_of_people(app.label, task)):
            named, needed = named * 0.25, needed * 0.25  # "a signal chat with Bo Li from my contacts": who, not where
        if not (named or needed):
            continue
        current = app.package == package if app.package else bool(label & package_words(package))
        inside = inside or current
        said = re.search(rf"\b(?:in|on|from|using|via|with)\s+(?:the\s+|my\s+)?({re.escape(app.label)})\b", task,
                         re.I) if app.label else None
        # "on Signal", "in Contacts", "on maps"; "from my contacts" in lower case is the people, not the app
        explicit = 3.0 if said and (said.group(1)[:1].isupper() or not app.label[:1].isupper()
                                    or not label & _HELD) or app.label in owners or opens else 0.0
        explicit = 0.0 if sender else explicit or (2.0 if app.label in placed else 0.0)
        out.append(AppChoice(app, -1.0 if current else 1.0 + 2.0 * (2 * named + needed) + explicit, current))
    out, reading = _sources_first(out, apps, spoken, package, inside) if task else (out, False)
    if inside or reading:  # in the app keeping what the task's object is named by, the others wait till it is read
        out = [AppChoice(c.app, (min(c.score - 3.0, _READING) if reading else c.score - 3.0) if c.score > 0 else c.score,
                         c.current) for c in out]
    return _longest_object_first(_whole_names_first(out, task_words), task)


def _sources_first(out: list[AppChoice], apps: Sequence[AppInfo], task: str, package: str,
                   inside: bool) -> tuple[list[AppChoice], bool]:
    """Before any app is open, the app keeping what the task names its object by (agents/kept_in.py: "the place of my
    "Dinner" on Friday ... in Maps": the calendar) comes first, named or not; the app the task ends in waits. Inside
    that app (the second value), the others wait below its own rows and tabs (_READING) till what names the object is
    read there."""
    top = max((c.score for c in out if c.score > 0), default=2.0)
    for rank, kind in enumerate(reversed(kept_in(task))):
        source = next((a for a in [*(c.app for c in out), *apps] if any(words(kind) & k.apps for k in categories_of(a))),
                      None)
        if source is not None and package and (source.package == package if source.package
                                               else bool(words(source.label) & package_words(package))):
            return [c for c in out if c.app != source or c.current], True
        if source is not None and not inside:
            out = [c for c in out if c.app != source] + [AppChoice(source, top + 1.0 + rank, False)]
    return out, False


def _sets_up_other(verb: str, task_words: set[str], task: str, app: AppInfo) -> bool:
    """Is the task's first word, a word of the app's label, the verb of a task for another kind of app ("设置明天早上7点的
    闹钟": "set" up an alarm, and "设置" is also Settings): the rest needs an app of a kind this one is not."""
    own = categories_of(app)
    return any(c.cued(task_words - {verb}, task) for c in CATEGORIES if c not in own)


def _longest_object_first(out: list[AppChoice], task: str) -> list[AppChoice]:
    """Of two apps the open-verb takes ("हाम्रो पात्रो खोलिदेउ": "Hamro Patro" said in Devanagari, and the calendar
    "पात्रो"), the one whose name spans more of the object: the shorter name is only part of what was said."""
    spans = {id(c): len(c.app.label.split()) for c in out if c.score > 0 and task and opened(task, c.app.label)}
    longest = max(spans.values(), default=0)
    return [AppChoice(c.app, c.score - 0.5, c.current) if spans.get(id(c), longest) < longest else c for c in out]


def _whole_names_first(out: list[AppChoice], task_words: set[str]) -> list[AppChoice]:
    """Of two apps the task names by the same words ("Ola" and "Ola Electric", "Outlook" and "Outlook Lite"),
    the one whose whole label is said comes first: the longer name's other words were not said."""
    said = {id(c): words(c.app.label) & task_words for c in out}
    return [AppChoice(c.app, c.score - 0.5, c.current) if c.score > 0 and said[id(c)] and any(
        o is not c and o.score > 0 and said[id(o)] == said[id(c)] and words(o.app.label) == said[id(o)]
        and words(o.app.label) < words(c.app.label) for o in out) else c for c in out]
