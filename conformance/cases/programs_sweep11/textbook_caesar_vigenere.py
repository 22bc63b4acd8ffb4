from string import ascii_lowercase as LOW, ascii_uppercase as UP


def caesar(text, k):
    tbl = str.maketrans(LOW + UP, LOW[k % 26:] + LOW[:k % 26] + UP[k % 26:] + UP[:k % 26])
    return text.translate(tbl)


def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            shift = ord(key[ki % len(key)].lower()) - 97
            shift = -shift if decrypt else shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Zebra-crossing, café."
for k in (3, 13, -1, 52):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "Lemon", decrypt=True))
freq = sorted(((caesar(msg, 3).lower().count(c), c) for c in set(caesar(msg, 3).lower()) if c.isalpha()), reverse=True)[:3]
print(freq)
