# A differential table: SequenceMatcher's results on many generated pairs
# of strings and of line lists (small alphabets, so ties and junk
# extensions happen), with and without junk, and autojunk on long ones.
from difflib import SequenceMatcher

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def word(alphabet, length):
    return "".join(alphabet[rand(len(alphabet))] for _ in range(length))


def mutate(text, alphabet):
    chars = list(text)
    for _ in range(rand(5)):
        op = rand(3)
        pos = rand(len(chars) + 1)
        if op == 0:
            chars.insert(pos, alphabet[rand(len(alphabet))])
        elif op == 1 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif chars:
            chars[min(pos, len(chars) - 1)] = alphabet[rand(len(alphabet))]
    return "".join(chars)


junk_space = lambda c: c == " "
total = 0
for case in range(400):
    alphabet = ["ab", "abc", "ab ", "abcdef", "a b\t"][case % 5]
    a = word(alphabet, rand(14))
    b = mutate(a, alphabet) if rand(3) else word(alphabet, rand(14))
    isjunk = junk_space if case % 7 == 0 else None
    s = SequenceMatcher(isjunk, a, b)
    codes = s.get_opcodes()
    print(repr(a), repr(b), s.get_matching_blocks()[:-1],
          [c[0][0] + "%d%d%d%d" % c[1:] for c in codes],
          round(s.ratio(), 5), round(s.quick_ratio(), 5), round(s.real_quick_ratio(), 5))
    print("  ", list(s.get_grouped_opcodes(1)))
    total += len(codes)
print(total)

print("=== long sequences (autojunk)")
for case in range(12):
    alphabet = "abcdefghij"[:2 + case % 8]
    a = word(alphabet, 190 + rand(60))
    b = mutate(mutate(a, alphabet), alphabet)
    s = SequenceMatcher(None, a, b)
    t = SequenceMatcher(None, a, b, autojunk=False)
    print(len(a), len(b), sorted(s.bpopular), len(s.get_opcodes()),
          round(s.ratio(), 6), len(t.get_opcodes()), round(t.ratio(), 6))
    print("  ", s.get_opcodes()[:6])

print("=== line lists")
lines = ["alpha\n", "beta\n", "gamma\n", "delta\n", "\n", "# note\n", "epsilon\n"]
for case in range(40):
    a = [lines[rand(len(lines))] for _ in range(rand(9))]
    b = a[:]
    for _ in range(rand(4)):
        pos = rand(len(b) + 1)
        if rand(2) and b:
            del b[min(pos, len(b) - 1)]
        else:
            b.insert(pos, lines[rand(len(lines))])
    s = SequenceMatcher(None, a, b)
    print(case, s.get_opcodes(), round(s.ratio(), 5))
