import string
from collections import Counter

ALPHA = string.ascii_lowercase


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.upper(),
                          ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.lower() in ALPHA:
            shift = ALPHA.index(key[k % len(key)])
            if decrypt:
                shift = -shift
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def crack_caesar(cipher):
    english = "etaoinshrdlu"
    best = None
    for s in range(26):
        plain = caesar(cipher, -s % 26)
        counts = Counter(c for c in plain.lower() if c in ALPHA)
        score = sum(counts[c] * (12 - i) for i, c in enumerate(english))
        if best is None or score > best[0]:
            best = (score, s, plain)
    return best[1], best[2]


msg = "Meet me at the Old Bridge at Seven, and bring the documents!"
c = caesar(msg, 13)
print(c)
print(caesar(c, 13) == msg, caesar("xyz XYZ", 3))
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))
secret = caesar("the treasure is buried beneath the tallest tree near the eastern shore", 7)
print(secret)
print(crack_caesar(secret))
