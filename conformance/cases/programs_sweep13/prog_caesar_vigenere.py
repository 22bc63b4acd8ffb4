import string

ALPHA = string.ascii_uppercase


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.lower(), ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).lower())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.upper() in ALPHA:
            shift = ALPHA.index(key[k % len(key)].upper()) * (-1 if decrypt else 1)
            base = ALPHA if ch.isupper() else ALPHA.lower()
            out.append(base[(base.index(ch) + shift) % 26])
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet at the old mill."
c = caesar(msg, 3)
print(c, "|", caesar(c, 23))
v = vigenere(msg, "LEMON")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
freq = sorted(((c.upper().count(ch), ch) for ch in ALPHA if ch in c.upper()), reverse=True)[:3]
print(freq)
for s in range(26):
    guess = caesar(c, -s % 26)
    if "ATTACK" in guess.upper():
        print("cracked with shift", s, "->", guess)
