import tomllib

docs = [
    "a = ",
    "a = tru",
    "a = 1 2",
    "a = 01",
    "a = 1__0",
    "a = _1",
    "a = 0x",
    "a = 1.",
    "a = .5",
    "a = 1e",
    "a = +inf1",
    "a = [1 2]",
    "a = [1,,2]",
    "a = [",
    "a = {b = 1",
    "a = {b = 1,}",
    "a = {b = 1\n}",
    "a = TRUE",
    "a = 0b2",
]
for doc in docs:
    try:
        print(repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
