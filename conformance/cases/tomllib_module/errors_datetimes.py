import tomllib

docs = [
    "a = 2021-02-30",
    "a = 2021-13-01",
    "a = 2021-1-01",
    "a = 2021-01-01T25:00:00",
    "a = 2021-01-01T12:00",
    "a = 12:60:00",
    "a = 12:00",
    "a = 2021-01-01T12:00:00+24:00",
    "a = 2021-01-01T12:00:00.",
    "a = 2023-02-29 10:00:00",
    "a = 1979-05-27T07:32:00Zjunk",
]
for doc in docs:
    try:
        print(repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
