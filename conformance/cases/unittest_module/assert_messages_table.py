# A differential table of assertEqual / assertCountEqual / assertIn
# messages over generated values: long and short strings (one and many
# lines), lists, tuples, dicts and sets whose reprs get shortened, with
# maxDiff at its default, small and None.
import unittest

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def text(lines):
    words = ["alpha", "beta", "gamma", "delta", "x" * 30, "", "  indented", "\ttab"]
    return "\n".join(" ".join(words[rand(len(words))] for _ in range(1 + rand(4)))
                     for _ in range(lines))


def change_text(s):
    chars = list(s)
    for _ in range(1 + rand(3)):
        if chars:
            chars[rand(len(chars))] = "abc\n"[rand(4)]
    return "".join(chars)


def value(kind, size):
    if kind == 0:
        return text(1 + rand(size))
    if kind == 1:
        return [rand(50) for _ in range(size * 3)]
    if kind == 2:
        return tuple(text(1) for _ in range(size))
    if kind == 3:
        return {"k%d" % rand(40): rand(9) for _ in range(size * 2)}
    return {rand(60) for _ in range(size * 2)}


def change(v):
    if isinstance(v, str):
        return change_text(v)
    if isinstance(v, list):
        w = v[:]
        if w:
            w[rand(len(w))] += 1
        w.append(rand(5)) if rand(2) else None
        return w
    if isinstance(v, tuple):
        return tuple(change_text(x) if rand(3) == 0 else x for x in v) + (("extra",) if rand(2) else ())
    if isinstance(v, dict):
        w = dict(v)
        w["k%d" % rand(40)] = rand(9)
        return w
    return set(v) ^ {rand(60)}


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
for case in range(120):
    t.maxDiff = [640, 40, None][case % 3]
    kind = case % 5
    a = value(kind, 1 + rand(12))
    b = change(a)
    try:
        t.assertEqual(a, b)
        print(case, "equal")
    except AssertionError as e:
        print(case, str(e))
    if kind in (1, 2):
        try:
            t.assertCountEqual(a, b)
            print(case, "same counts")
        except AssertionError as e:
            print(case, str(e))
    if kind == 0:
        try:
            t.assertIn(a[:5] + "#", b, msg="case %d" % case)
        except AssertionError as e:
            print(case, str(e))
