"""The words people put before or after a person's name, by language: honorifics, titles and kin terms used as
titles ("Dona Rosa", "Chị Lan", "Pak Budi", "Mehmet Bey", "Priya didi", "Pani Nowak", "Kovács úr").

Such a word beside a name is evidence that the name is a person's, and is never that person's other name. In
scripts written without spaces it is glued on: before the name in Thai ("คุณสมชาย", "พี่นก"), after it in Japanese
and Korean ("ゆうきくん", "지훈씨"); ``glued`` finds where the name is once it is taken off.
"""

from __future__ import annotations

# said before the name (lower case, without a final dot)
BEFORE = frozenset((
    "mr mrs ms miss mx dr prof sir madam ma'am uncle aunt auntie aunty "  # English
    "herr frau hr fr tante onkel "  # German
    "m mme mlle monsieur madame mademoiselle tonton tata "  # French
    "sr sra srta señor señora señorita don doña dña tío tía "  # Spanish
    "dona dom seu senhor senhora tio tia "  # Portuguese
    "sig sig.ra signor signora dott dott.ssa zio zia "  # it
    "dhr mevr mw meneer mevrouw "  # Dutch
    "pan pani paní panna panie pane "  # Polish, Czech, Slovak
    "domnul domnule doamna doamnă dl dna "  # Romanian
    "gospodin gospođa gospodine g gđa "  # Serbian, Croatian, Bosnian
    "пан пані панна г-н г-жа господин госпожа тітка дядько тётя дядя "  # Ukrainian, Russian
    "κύριος κυρία κ κος κα "  # Greek
    "sayyid sayyida ustaz ustadh ustadha sheikh hajj hajja السيد السيدة الأستاذ الاستاذ أستاذ استاذ الشيخ الحاج "  # Arabic
    "מר גברת "  # Hebrew
    "agha aghaye khanom khanum آقای آقا خانم "  # Persian
    "anh chị cô chú bác ông bà "  # Vietnamese ("em" is also "you": left out)
    "khun phi nong "  # Thai, in Latin letters
    "pak bu bapak ibu mas mbak kak "  # Indonesian
    "encik cik puan tuan "  # Malay
    "kuya ate tito tita "  # Filipino
    "baba mama oga alhaji alhaja "  # Yoruba, Hausa, Nigerian English
    "bwana mzee dada kaka "  # Swahili
    "hoca "  # Turkish, before or after
).split())
# said after the name ("Takahashi-san" as well as "Takahashi san")
AFTER = frozenset((
    "bey hanım hanim efendi abla abi ağabey teyze amca hoca dayı yenge "  # Turkish
    "úr néni bácsi "  # Hungarian
    "san sama kun chan sensei senpai "  # Japanese, in Latin letters
    "ssi nim "  # Korean, in Latin letters
    "ji jee sahib saheb bhai bhaiya didi akka "  # Hindi, Urdu, Tamil ("anna" is also a name: left out)
    "khanom khanum agha جان خانم "  # Persian ("مریم جان")
    "ơi "  # Vietnamese: the particle that calls someone ("Hoa ơi")
).split())
ALL = BEFORE | AFTER
# glued on in scripts written without spaces: Thai before the name, Japanese and Korean after it
_GLUED_BEFORE = ("คุณ", "พี่", "น้อง", "ป้า", "ลุง")
_GLUED_AFTER = ("さん", "くん", "ちゃん", "さま", "様", "君", "先生", "씨", "님", "아", "야")  # Korean calls with 아, 야


def glued_before(text: str, start: int) -> bool:
    """True when an honorific is glued on (or spaced) right before ``text[start]`` ("พี่มะลิ", "คุณ สมชาย")."""
    return text[max(0, start - 6) : start].rstrip().endswith(_GLUED_BEFORE)


def glued_after(text: str, end: int) -> bool:
    """True when an honorific is glued on right after ``text[:end]`` ("ゆうきくん", "지훈씨")."""
    return text.startswith(_GLUED_AFTER, end)


def glued(word: str) -> tuple[int, int]:
    """(start, end) of the name in ``word`` without a glued honorific ("はるとくん" -> (0, 3)); the whole word else."""
    start, end = 0, len(word)
    if word.startswith(_GLUED_BEFORE):  # the common case, a word without one, in C
        start = next((len(h) for h in _GLUED_BEFORE if word.startswith(h) and len(word) > len(h)), 0)
    if word.endswith(_GLUED_AFTER):
        end = next((end - len(h) for h in _GLUED_AFTER if word.endswith(h) and end - len(h) > start), end)
    return start, end


__all__ = ["AFTER", "ALL", "BEFORE", "glued", "glued_after", "glued_before"]
