import unicodedata

ACCENT_TABLE = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "&": " and "})
PUNCT = str.maketrans("", "", "!\"#$%'()*+,./:;<=>?@[\\]^`{|}~")


def slugify(title):
    text = title.lower().translate(ACCENT_TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(PUNCT)
    words = text.replace("_", " ").replace("-", " ").split()
    return "-".join(words)


titles = [
    "Crème Brûlée & Friends!",
    "Straße nach Ørsted (2nd ed.)",
    "  Łódź: a_city -- guide ",
    "ﬁnal ＦＯＲＭ №5",
    "Ça va? Déjà vu...",
]
for t in titles:
    print(f"{t!r:32} -> {slugify(t)}")
rot13 = str.maketrans(
    "ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
    "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm",
)
msg = "Hello, World!"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
print(str.maketrans("ab", "xy", "c"))
