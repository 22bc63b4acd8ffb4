import tomllib

docs = [
    "[a]\n[a]",
    "[a]\nb = 1\n[a.b]",
    "a = 1\n[a]",
    "[a.b]\n[a]\nb = 2",
    "a.b = 1\n[a]",
    "a.b = 1\n[a.b]",
    "[a]\nb.c = 1\n[a.b]",
    "[[a]]\n[a]",
    "a = []\n[[a]]",
    "a = [{}]\n[[a]]",
    "a = {}\n[a]",
    "a = {}\n[a.b]",
    "a = {b = 1}\na.c = 2",
    "[a",
    "[a]]",
    "[[a]",
    "[[a]]]",
    "[]",
    "[ a . ]",
    "[a] b = 1",
    "[a]\n[[a]]",
    "[[a.b]]\n[a]\n[a.b]",
    "x = [1]\n[x.y]",
]
for doc in docs:
    try:
        print(repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
