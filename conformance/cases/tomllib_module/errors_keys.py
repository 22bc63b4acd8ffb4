import tomllib

docs = [
    "= 1",
    "a",
    "a b = 1",
    "a. = 1",
    "a.b.",
    "$ = 1",
    "a = 1\na = 2",
    "a.b = 1\na.b = 2",
    "a = 1\na.b = 2",
    '"a" = 1\na = 2',
    "a = {b = 1, b = 2}",
    "a = {b.c = 1, b = 2}",
    "a = {b = [1], b.c = 2}",
    "a = {b = {}, b.c = 2}",
    "a = 1 b = 2",
]
for doc in docs:
    try:
        print(repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
