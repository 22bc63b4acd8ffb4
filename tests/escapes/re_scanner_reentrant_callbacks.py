# re.Scanner runs one native match loop over its lexicon and calls the
# action of each token. An action that rescans with the same scanner
# (re-entering the loop), empties or rebinds the scanner's lexicon, or
# recurses without end is what would break a native loop that keeps the
# pattern list or the match state in C++ locals. Each case ends with
# CPython's result or a catchable RecursionError.
# expect-output: rescan inside action ok (['A', 'B', 'C'], '')
# expect-output: ['a', 'inner', 'inner', 'words', 'words', 'b', 'c']
# expect-output: lexicon cleared IndexError list index out of range
# expect-output: endless rescan RecursionError
# expect-output: after recursion ok ([], '')
import re


def t(label, fn):
    try:
        print(label, "ok", fn())
    except RecursionError:
        print(label, "RecursionError")
    except Exception as e:
        print(label, type(e).__name__, e)


seen = []


def word(scanner, token):
    seen.append(token)
    if len(seen) < 3:
        scanner.scan("inner words")
    return token.upper()


sc = re.Scanner([(r"\w+", word), (r"\s+", None)])
t("rescan inside action", lambda: sc.scan("a b c"))
print(seen)


def clear(scanner, token):
    scanner.lexicon.clear()
    return token


sc2 = re.Scanner([(r"\w+", clear), (r"\s+", None)])
t("lexicon cleared", lambda: sc2.scan("ab cd ef"))


def forever(scanner, token):
    return scanner.scan(token)


sc3 = re.Scanner([(r"\w+", forever)])
t("endless rescan", lambda: sc3.scan("abc"))
t("after recursion", lambda: sc3.scan(""))
