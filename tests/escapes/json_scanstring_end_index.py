# json.decoder.scanstring(s, end) is the decoder's native string scanner,
# public in CPython's json.decoder; `end` is an index into s that the C
# scanner trusts after one bounds check. A huge, negative or past-the-end
# index, or a str subclass with a lying __len__, would make a native
# scanner read outside the string. moat checks the index against the
# string's real length.
# expect-output: start ok ('abc', 5)
# expect-output: end of string JSONDecodeError Unterminated string starting at: line 1 column 5 (char 4)
# expect-output: past end ValueError end is out of bounds
# expect-output: huge ValueError end is out of bounds
# expect-output: negative ValueError end is out of bounds
# expect-output: very negative ValueError end is out of bounds
# expect-output: lying len ok ('ab', 4)
# expect-output: unterminated escape JSONDecodeError Unterminated string starting at: line 1 column 1 (char 0)
# expect-output: unicode escape cut JSONDecodeError Invalid \uXXXX escape: line 1 column 3 (char 2)
import json.decoder
def t(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Liar(str):
    def __len__(self):
        return 10 ** 6


scan = json.decoder.scanstring
t("start", lambda: scan('"abc"', 1))
t("end of string", lambda: scan('"abc"', 5))
t("past end", lambda: scan('"abc"', 50))
t("huge", lambda: scan('"abc"', 10 ** 18))
t("negative", lambda: scan('"abc"', -1))
t("very negative", lambda: scan('"abc"', -10 ** 18))
t("lying len", lambda: scan(Liar('"ab"'), 1))
t("unterminated escape", lambda: scan('"ab\\', 1))
t("unicode escape cut", lambda: scan('"\\u12', 1))
